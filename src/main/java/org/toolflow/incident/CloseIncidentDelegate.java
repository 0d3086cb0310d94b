package org.toolflow.incident;

import static org.toolflow.incident.IncidentNames.*;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.helpdesk.HelpdeskTickets;

/**
 * Closes the incident ({@code closure} RESOLVED or SECURITY): the resolution goes to the GGUS ticket; a security
 * incident's ticket only learns that EGI CSIRT handled it, since the ticket is readable beyond the team.
 */
@Component("closeIncidentDelegate")
class CloseIncidentDelegate implements JavaDelegate {

  static final String SECURITY_NOTE = "This incident was handled with EGI CSIRT under its security incident procedure "
      + "and is closed with the CSIRT's agreement.";

  private final HelpdeskTickets helpdesk;
  private final IncidentRecords incidents;
  private final Clock clock;

  CloseIncidentDelegate(HelpdeskTickets helpdesk, IncidentRecords incidents, Clock clock) {
    this.helpdesk = helpdesk;
    this.incidents = incidents;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String ticketId = Variables.text(execution, TICKET_ID);
    boolean security = "SECURITY".equals(Variables.text(execution, CLOSURE));
    helpdesk.addArticle(ActionContext.of(execution), ticketId,
        security ? SECURITY_NOTE : Variables.text(execution, RESOLUTION_NOTE));
    incidents.closed(ticketId, security ? IncidentRecord.CLOSED_AS_SECURITY : IncidentRecord.RESOLVED, clock.instant());
  }
}
