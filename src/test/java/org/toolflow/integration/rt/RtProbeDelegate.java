package org.toolflow.integration.rt;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.ActionContext;

/**
 * A delegate for the connector tests' probe process: opens an RT ticket through whichever {@link RtTickets} the
 * test hands it (a live adapter pointed at a stub server), and can fail after the call like a crash would.
 */
@Component
class RtProbeDelegate implements JavaDelegate {

  static final RtTicketRequest REQUEST = new RtTicketRequest("Requirements", "Probe change", "Probe", "lead@example.org",
      2, Map.of("Category", "ToolX"));

  private volatile RtTickets rt;
  private volatile boolean failAfterTheCall;
  private volatile ActionContext lastContext;

  void use(RtTickets tickets, boolean failOnceAfterTheCall) {
    this.rt = tickets;
    this.failAfterTheCall = failOnceAfterTheCall;
  }

  ActionContext lastContext() {
    return lastContext;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ActionContext context = ActionContext.of(execution);
    lastContext = context;
    RtTicket ticket = rt.create(context, REQUEST);
    execution.setVariable("rtTicketId", ticket.id());
    if (failAfterTheCall) {
      failAfterTheCall = false;
      throw new IllegalStateException("the node died after RT answered");
    }
  }
}
