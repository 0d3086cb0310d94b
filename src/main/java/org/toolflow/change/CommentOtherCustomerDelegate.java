package org.toolflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.rt.RtTickets;

/** Notes on the RT ticket that the request comes from a customer other than EGI and that EGI Operations knows. */
@Component
class CommentOtherCustomerDelegate implements JavaDelegate {

  private final ChangeRecords records;
  private final RtTickets rt;
  private final ChangeProperties settings;

  CommentOtherCustomerDelegate(ChangeRecords records, RtTickets rt, ChangeProperties settings) {
    this.records = records;
    this.rt = rt;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChangeRecord change = records.get(execution.getProcessBusinessKey());
    rt.comment(ActionContext.of(execution), change.rtTicketId(), "Requested for the customer '" + change.customer()
        + "', not EGI. EGI Operations has been informed (" + settings.egiOperationsEmail() + ").");
  }
}
