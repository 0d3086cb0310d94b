package org.toolflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeHoldProcess.Vars;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.rt.RtTickets;

/**
 * Writes the change's status as it is now to its RT ticket: after a hold, Stalled; after a resume, the status
 * restored. Sending the current status keeps RT right even when a hold and a resume are mirrored out of order.
 */
@Component
class MirrorChangeStatusDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(MirrorChangeStatusDelegate.class);

  private final ChangeRecords records;
  private final RtTickets rt;

  MirrorChangeStatusDelegate(ChangeRecords records, RtTickets rt) {
    this.records = records;
    this.rt = rt;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChangeRecord change = records.get((String) execution.getVariable(Vars.CHANGE_KEY));
    if (change.rtTicketId() == null) {
      // Held before its ticket was created: the ticket is created on resume, with the restored status.
      LOG.info("Change {} has no RT ticket yet; status {} not mirrored", change.key(), change.status());
      return;
    }
    rt.update(ActionContext.of(execution), change.rtTicketId(), change.status().rt(), change.priority());
  }
}
