package org.toolflow.incident.security;

import static org.toolflow.incident.security.SecurityIncidentNames.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.mail.MailRecipients;
import org.toolflow.incident.Variables;

/** Sends the team's incident report to EGI CSIRT, as its incident reporting procedure asks. */
@Component("sendCsirtReportDelegate")
class SendCsirtReportDelegate implements JavaDelegate {

  static final String TEMPLATE = "csirt-report";

  private final SecurityMail mail;
  private final MailRecipients recipients;

  SendCsirtReportDelegate(SecurityMail mail, MailRecipients recipients) {
    this.mail = mail;
    this.recipients = recipients;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mail.send(execution, recipients.of("csirt"), "Security incident report: " + Variables.text(execution, TITLE), TEMPLATE);
  }
}
