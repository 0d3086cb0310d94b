package org.toolflow.audit;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.rt.RtTicketRequest;
import org.toolflow.integration.rt.RtTickets;

/** The outside call of the test-only audit probe: fails while the instance says the outside system is down. */
@Component("auditProbeOutsideCall")
class AuditProbeOutsideCall implements JavaDelegate {

  private final RtTickets rtTickets;

  AuditProbeOutsideCall(RtTickets rtTickets) {
    this.rtTickets = rtTickets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (Boolean.TRUE.equals(execution.getVariable("outsideDown"))) {
      throw new IllegalStateException("outside system answered 503 Service Unavailable");
    }
    String ticket = rtTickets.create(ActionContext.of(execution), new RtTicketRequest("Requirements",
        String.valueOf(execution.getVariable("title")), "audit probe", "audit-requester", 2, Map.of())).id();
    execution.setVariable("outsideTicket", ticket);
  }
}
