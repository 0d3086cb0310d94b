package org.toolflow.incident;

import static org.toolflow.incident.IncidentNames.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.helpdesk.HelpdeskTicket;
import org.toolflow.integration.helpdesk.HelpdeskTicketRequest;
import org.toolflow.integration.helpdesk.HelpdeskTickets;
import org.toolflow.integration.mail.MailRecipients;

/** Opens the problem's GGUS ticket to the Operations support unit, whose team coordinates the investigation. */
@Component("openProblemTicketDelegate")
class OpenProblemTicketDelegate implements JavaDelegate {

  private final HelpdeskTickets helpdesk;
  private final ProblemRecords problems;
  private final IncidentProperties properties;
  private final MailRecipients recipients;

  OpenProblemTicketDelegate(HelpdeskTickets helpdesk, ProblemRecords problems, IncidentProperties properties,
      MailRecipients recipients) {
    this.helpdesk = helpdesk;
    this.problems = problems;
    this.properties = properties;
    this.recipients = recipients;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String problemKey = Variables.text(execution, PROBLEM_KEY);
    String related = Variables.textOrEmpty(execution, RELATED_TICKETS);
    String body = "Problem " + problemKey + " of the tool " + Variables.text(execution, TOOL_KEY)
        + ", category " + Variables.text(execution, CATEGORY) + ".\n\n"
        + Variables.text(execution, SUMMARY) + "\n\n"
        + "Raised because: " + reasonText(Variables.text(execution, PROBLEM_REASON)) + "\n"
        + "Related tickets (linked as children): " + (related.isEmpty() ? "none" : related.replace(",", ", ")) + "\n\n"
        + "EGI Operations coordinates the root-cause investigation with the tool team.";
    HelpdeskTicket ticket = helpdesk.create(ActionContext.of(execution), new HelpdeskTicketRequest(
        properties.problemSupportUnit(), "[" + problemKey + "] " + Variables.text(execution, SUMMARY), body,
        recipients.of("egi-operations").get(0)));
    execution.setVariable(OPERATIONS_TICKET_ID, ticket.id());
    problems.ticketOpened(problemKey, ticket.id());
  }

  private static String reasonText(String reason) {
    return switch (reason) {
      case REASON_RECURRENCE -> "the incidents recur";
      case REASON_UNSOLVED -> "the tool team cannot solve the incident";
      default -> "EGI Operations opened it";
    };
  }
}
