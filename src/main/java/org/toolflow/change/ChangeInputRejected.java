package org.toolflow.change;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.toolflow.system.web.FieldProblem;
import org.toolflow.system.web.InvalidInputException;

/**
 * Input refused inside the engine. The engine REST API answers it with 400 on submit-form and task completion;
 * ToolFlow's own API turns it back into field-by-field problems. The transaction rolls back, so nothing is kept.
 */
final class ChangeInputRejected {

  private ChangeInputRejected() {
  }

  static FormFieldValidationException of(List<FieldProblem> problems) {
    return new FormFieldValidationException(List.copyOf(problems), new InvalidInputException(problems).getMessage());
  }

  static FormFieldValidationException of(String field, String message) {
    return of(List.of(new FieldProblem(field, message)));
  }

  /** The problems carried by an engine exception of ours, or empty when it is another exception. */
  static List<FieldProblem> problemsOf(FormFieldValidationException e) {
    Object detail = e.getDetail();
    if (detail instanceof List<?> list && list.stream().allMatch(FieldProblem.class::isInstance)) {
      return list.stream().map(FieldProblem.class::cast).toList();
    }
    return List.of();
  }
}
