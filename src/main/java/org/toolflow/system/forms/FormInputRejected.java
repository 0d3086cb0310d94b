package org.toolflow.system.forms;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.toolflow.system.web.FieldProblem;

/**
 * Form data a person must correct, thrown from a start or complete listener inside the engine's transaction, which
 * it rolls back. It is a REST exception on purpose: once {@code system.web.ListenerRefusals} has taken it out of the
 * engine's wrapping, the engine REST answers it with 400 on {@code /start}, {@code /submit-form} and
 * {@code /complete} alike, where it would answer a FormFieldValidationException on {@code /start} with 500.
 */
public class FormInputRejected extends InvalidRequestException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldProblem> problems;

  public FormInputRejected(List<FieldProblem> problems) {
    super(Status.BAD_REQUEST, "Invalid input: " + problems.stream()
        .map(problem -> problem.field() + ": " + problem.message())
        .collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
