package org.toolflow.omb;

import static org.toolflow.omb.OmbMeetingNames.*;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.mail.MailRecipients;
import org.toolflow.integration.mail.Texts;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.mail.MailMessage;
import org.toolflow.integration.mail.Mailer;

/** Mails the agenda to the OMB. */
@Component("sendOmbAgendaDelegate")
class SendOmbAgendaDelegate implements JavaDelegate {

  static final String TEMPLATE = "omb-agenda";

  private final Mailer mailer;
  private final MailRecipients recipients;

  SendOmbAgendaDelegate(Mailer mailer, MailRecipients recipients) {
    this.mailer = mailer;
    this.recipients = recipients;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String when = Texts.when(((Date) execution.getVariable(MEETING_AT)).toInstant());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("meetingAt", when);
    model.put("agendaText", execution.getVariable(AGENDA_TEXT));
    mailer.send(ActionContext.of(execution), new MailMessage(recipients.of("omb"), "Agenda of the OMB meeting of " + when,
        TEMPLATE, model));
  }
}
