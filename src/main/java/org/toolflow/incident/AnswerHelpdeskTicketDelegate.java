package org.toolflow.incident;

import static org.toolflow.incident.IncidentNames.*;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.helpdesk.HelpdeskTickets;

/** Adds the team's first answer to the GGUS ticket and records the response. */
@Component("answerHelpdeskTicketDelegate")
class AnswerHelpdeskTicketDelegate implements JavaDelegate {

  private final HelpdeskTickets helpdesk;
  private final IncidentRecords incidents;
  private final Clock clock;

  AnswerHelpdeskTicketDelegate(HelpdeskTickets helpdesk, IncidentRecords incidents, Clock clock) {
    this.helpdesk = helpdesk;
    this.incidents = incidents;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String ticketId = Variables.text(execution, TICKET_ID);
    helpdesk.addArticle(ActionContext.of(execution), ticketId, Variables.text(execution, RESPONSE_NOTE));
    incidents.responded(ticketId, Variables.text(execution, CATEGORY), Variables.flag(execution, SECURITY_RELATED),
        clock.instant());
  }
}
