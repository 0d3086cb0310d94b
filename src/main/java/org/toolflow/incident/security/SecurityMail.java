package org.toolflow.incident.security;

import static org.toolflow.incident.security.SecurityIncidentNames.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.toolflow.integration.mail.Texts;
import org.toolflow.incident.Variables;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.mail.MailMessage;
import org.toolflow.integration.mail.Mailer;

/** The mails of the security-incident process share their values: what, which tool, since when. */
@Component
class SecurityMail {

  private final Mailer mailer;

  SecurityMail(Mailer mailer) {
    this.mailer = mailer;
  }

  void send(DelegateExecution execution, List<String> to, String subject, String template) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("reference", execution.getProcessBusinessKey());
    model.put("toolKey", Variables.text(execution, TOOL_KEY));
    model.put("title", Variables.text(execution, TITLE));
    model.put("description", Variables.text(execution, DESCRIPTION));
    model.put("reportDue", Texts.when(Variables.instant(execution, CSIRT_REPORT_DUE)));
    model.put("incidentReport", Variables.textOrEmpty(execution, INCIDENT_REPORT));
    model.put("affectedSystems", Variables.textOrEmpty(execution, AFFECTED_SYSTEMS));
    model.put("reporterContact", Variables.textOrEmpty(execution, REPORTER_CONTACT));
    model.put("csirtInstructions", Variables.textOrEmpty(execution, CSIRT_INSTRUCTIONS));
    model.put("actionsTaken", Variables.textOrEmpty(execution, ACTIONS_TAKEN));
    mailer.send(ActionContext.of(execution), new MailMessage(to, "[" + model.get("reference") + "] " + subject,
        template, model));
  }
}
