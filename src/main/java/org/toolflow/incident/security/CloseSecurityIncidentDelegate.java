package org.toolflow.incident.security;

import static org.toolflow.incident.security.SecurityIncidentNames.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.mail.MailRecipients;
import org.toolflow.incident.Variables;

/** EGI CSIRT agreed: the team and the CSIRT are told that the incident is closed. */
@Component("closeSecurityIncidentDelegate")
class CloseSecurityIncidentDelegate implements JavaDelegate {

  static final String TEMPLATE = "security-incident-closed";

  private final SecurityMail mail;
  private final MailRecipients recipients;

  CloseSecurityIncidentDelegate(SecurityMail mail, MailRecipients recipients) {
    this.mail = mail;
    this.recipients = recipients;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mail.send(execution, recipients.ofTeam(Variables.text(execution, TOOL_KEY), "csirt"), "Security incident closed with EGI CSIRT's agreement", TEMPLATE);
  }
}
