package org.toolflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeHoldProcess.Vars;

/** Resumes the change: its process instance active again, the status before the hold restored. */
@Component
class ResumeChangeDelegate implements JavaDelegate {

  private final ChangeHolds holds;

  ResumeChangeDelegate(ChangeHolds holds) {
    this.holds = holds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    holds.resume((String) execution.getVariable(Vars.CHANGE_KEY), (String) execution.getVariable(Vars.REQUESTED_BY),
        (String) execution.getVariable(Vars.HOLD_REASON));
  }
}
