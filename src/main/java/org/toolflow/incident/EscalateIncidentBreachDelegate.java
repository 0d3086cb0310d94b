package org.toolflow.incident;

import static org.toolflow.incident.IncidentNames.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.mail.MailMessage;
import org.toolflow.integration.mail.MailRecipients;
import org.toolflow.integration.mail.Mailer;
import org.toolflow.integration.mail.Texts;
import org.toolflow.security.ToolGroups;

/** A breached response or resolution target: EGI Operations is told, and the breach is recorded for reporting. */
@Component("escalateIncidentBreachDelegate")
class EscalateIncidentBreachDelegate implements JavaDelegate {

  static final String TEMPLATE = "incident-breach";

  private final Mailer mailer;
  private final MailRecipients recipients;
  private final IncidentRecords incidents;

  EscalateIncidentBreachDelegate(Mailer mailer, MailRecipients recipients, IncidentRecords incidents) {
    this.mailer = mailer;
    this.recipients = recipients;
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String target = Variables.text(execution, BREACHED_TARGET);
    String dueVariable = "response".equals(target) ? RESPONSE_DUE : RESOLUTION_DUE;
    String hoursVariable = "response".equals(target) ? RESPONSE_HOURS : RESOLUTION_HOURS;
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("target", target);
    model.put("ticketNumber", Variables.text(execution, TICKET_NUMBER));
    model.put("title", Variables.text(execution, TITLE));
    model.put("toolName", Variables.text(execution, TOOL_NAME));
    model.put("priority", Variables.text(execution, PRIORITY));
    model.put("qualityOfSupport", Variables.text(execution, QUALITY_OF_SUPPORT));
    model.put("hours", Variables.text(execution, hoursVariable));
    model.put("due", Texts.when(Variables.instant(execution, dueVariable)));
    model.put("team", ToolGroups.team(Variables.text(execution, TOOL_KEY)));
    mailer.send(ActionContext.of(execution), new MailMessage(recipients.of("egi-operations"),
        "Incident " + model.get("ticketNumber") + " (" + model.get("toolName") + ") missed its " + target + " target",
        TEMPLATE, model));
    incidents.breached(Variables.text(execution, TICKET_ID), target);
  }
}
