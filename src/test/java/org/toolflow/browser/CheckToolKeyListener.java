package org.toolflow.browser;

import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** Start listener of the test-only browser-probe process: refuses a bad tool key on the server, as real processes must. */
@Component
class CheckToolKeyListener implements ExecutionListener {

  static final String FIELD = "toolKey";
  private static final Pattern TOOL_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,31}");

  @Override
  public void notify(DelegateExecution execution) {
    Object value = execution.getVariable(FIELD);
    if (!(value instanceof String key) || !TOOL_KEY.matcher(key).matches()) {
      throw new FormFieldValidationException(FIELD,
          FIELD + " '" + value + "' is not allowed: use 2 to 32 lower-case letters, digits or hyphens");
    }
  }
}
