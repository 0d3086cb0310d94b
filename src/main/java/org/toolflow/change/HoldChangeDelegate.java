package org.toolflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeHoldProcess.Vars;

/** Puts the change on hold: Stalled, its process instance suspended. */
@Component
class HoldChangeDelegate implements JavaDelegate {

  private final ChangeHolds holds;

  HoldChangeDelegate(ChangeHolds holds) {
    this.holds = holds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    holds.hold((String) execution.getVariable(Vars.CHANGE_KEY), (String) execution.getVariable(Vars.REQUESTED_BY),
        (String) execution.getVariable(Vars.HOLD_REASON));
  }
}
