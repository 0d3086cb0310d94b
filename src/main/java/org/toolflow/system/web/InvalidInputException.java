package org.toolflow.system.web;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * Input a person must correct, field by field: ToolFlow's API answers it with 400 and every problem
 * ({@link ApiExceptionHandler}). Thrown from a start or task listener it rolls the engine's transaction back, and
 * {@link ListenerRefusals} takes it out of the engine's wrapping: it is a REST exception on purpose, so the engine
 * REST (and Tasklist) answer it with 400 on {@code /start}, {@code /submit-form} and {@code /complete} alike.
 */
public class InvalidInputException extends InvalidRequestException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super(Status.BAD_REQUEST, "Invalid input: " + problems.stream()
        .map(problem -> problem.field() + ": " + problem.message())
        .collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
