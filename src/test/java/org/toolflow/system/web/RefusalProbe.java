package org.toolflow.system.web;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** Test-only listener of the refusal-probe process: refuses the way the variable {@code refuse} says (public for EL). */
@Component("refusalProbe")
public class RefusalProbe {

  static final String KEY = "refusal-probe";
  static final String REFUSE = "refuse";

  public void check(VariableScope scope) {
    Object refuse = scope.getVariable(REFUSE);
    if ("form".equals(refuse)) {
      throw new InvalidInputException(List.of(new FieldProblem("probeField", "must be a probe value")));
    }
    if ("field".equals(refuse)) {
      throw new FormFieldValidationException("probeField", "probeField 'x' is not allowed: use a probe value");
    }
    if ("person".equals(refuse)) {
      throw new AuthorizationException("probe: this person may not do this");
    }
  }
}
