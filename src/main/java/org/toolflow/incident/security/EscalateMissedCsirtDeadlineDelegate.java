package org.toolflow.incident.security;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.mail.MailRecipients;
import org.toolflow.incident.Variables;

/** The reporting deadline passed: EGI CSIRT and EGI Operations are told while the team's task stays open. */
@Component("escalateMissedCsirtDeadlineDelegate")
class EscalateMissedCsirtDeadlineDelegate implements JavaDelegate {

  static final String TEMPLATE = "security-deadline-missed";

  private final SecurityMail mail;
  private final MailRecipients recipients;

  EscalateMissedCsirtDeadlineDelegate(SecurityMail mail, MailRecipients recipients) {
    this.mail = mail;
    this.recipients = recipients;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mail.send(execution, recipients.of("csirt", "egi-operations"), "Security incident not reported to EGI CSIRT in time", TEMPLATE);
  }
}
