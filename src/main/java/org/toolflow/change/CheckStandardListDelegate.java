package org.toolflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeRequestProcess.Vars;

/** Whether the change is one of its tool's standard changes: an input of the classification table. */
@Component
class CheckStandardListDelegate implements JavaDelegate {

  private final StandardChanges standardChanges;

  CheckStandardListDelegate(StandardChanges standardChanges) {
    this.standardChanges = standardChanges;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String toolKey = (String) execution.getVariable(Vars.TOOL_KEY);
    String code = (String) execution.getVariable(Vars.STANDARD_CHANGE);
    execution.setVariable(Vars.ON_STANDARD_LIST, standardChanges.contains(toolKey, code));
  }
}
