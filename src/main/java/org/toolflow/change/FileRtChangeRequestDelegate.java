package org.toolflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeIntakeProcess.Vars;

/** Files the change request EGI Operations completed, with the RT ticket it came from as its ticket. */
@Component
class FileRtChangeRequestDelegate implements JavaDelegate {

  private final RtChangeFiling filing;

  FileRtChangeRequestDelegate(RtChangeFiling filing) {
    this.filing = filing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String ticketId = (String) execution.getVariable(Vars.RT_TICKET_ID);
    String requester = filing.requesterFor((String) execution.getVariable(Vars.REQUESTER_EMAIL));
    ProcessInstance change = filing.file(filing.request(ticketId, (String) execution.getVariable(Vars.TOOL_KEY),
        (String) execution.getVariable(Vars.TITLE), (String) execution.getVariable(Vars.DESCRIPTION), requester)
        .orElseThrow(() -> new IllegalStateException("the change request of RT ticket " + ticketId
            + " is refused as completed; see the change request start form's rules")));
    execution.setVariable(Vars.CHANGE_KEY, change.getBusinessKey());
  }
}
