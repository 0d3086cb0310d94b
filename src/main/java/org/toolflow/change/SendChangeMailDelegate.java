package org.toolflow.change;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeRequestProcess.Vars;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.mail.MailMessage;
import org.toolflow.integration.mail.MailText;
import org.toolflow.integration.mail.Mailer;
import org.toolflow.integration.rt.RtTickets;

/**
 * One mail about a change; to a requester without a ToolFlow e-mail address whose change came from RT, a reply on
 * the ticket instead. The task's inputs choose it: {@code mailTemplate} (see {@link #SUBJECTS}) and
 * {@code mailRecipient}: {@code requester}, {@code egi-operations} or {@code tool-team}.
 */
@Component
class SendChangeMailDelegate implements JavaDelegate {

  static final String RECIPIENT = "mailRecipient";
  static final String REQUESTER = "requester";
  static final Map<String, String> SUBJECTS = Map.of(
      "change-other-customer", "New change request from another customer",
      "change-accepted", "Change request accepted",
      "change-rejected", "Change request rejected",
      "change-review-request", "Change released: your review, please",
      "change-review-reminder", "Reminder: review of the released change",
      "change-negative-review", "Negative review of a released change");

  private final Mailer mailer;
  private final ChangeRecords records;
  private final ChangeTools tools;
  private final ChangePeople people;
  private final ChangeProperties settings;
  private final RtTickets rt;

  SendChangeMailDelegate(Mailer mailer, ChangeRecords records, ChangeTools tools, ChangePeople people,
      ChangeProperties settings, RtTickets rt) {
    this.rt = rt;
    this.mailer = mailer;
    this.records = records;
    this.tools = tools;
    this.people = people;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String template = (String) execution.getVariableLocal(Vars.MAIL_TEMPLATE);
    String subject = SUBJECTS.get(template);
    if (subject == null) {
      throw new IllegalArgumentException("unknown change mail template '" + template + "'; one of " + SUBJECTS.keySet());
    }
    ChangeRecord change = records.get(execution.getProcessBusinessKey());
    Map<String, Object> model = ChangeTexts.mailModel(change);
    model.put("documentationSufficient", String.valueOf(execution.getVariable(Vars.DOCUMENTATION_SUFFICIENT)));
    model.put("toolWorking", String.valueOf(execution.getVariable(Vars.TOOL_WORKING)));
    model.put("reviewComment", String.valueOf(execution.getVariable(Vars.REVIEW_COMMENT)));
    String who = (String) execution.getVariableLocal(RECIPIENT);
    String fullSubject = subject + ": " + ChangeTexts.subject(change);
    if (REQUESTER.equals(who) && people.emailOf(change.requester()).isEmpty() && change.rtTicketId() != null) {
      // A requestor who wrote to RT without a ToolFlow account reads the answer on the ticket.
      rt.correspond(ActionContext.of(execution), change.rtTicketId(),
          MailText.of(new MailMessage(List.of(change.requester()), fullSubject, template, model)));
      return;
    }
    mailer.send(ActionContext.of(execution),
        new MailMessage(List.of(recipient(who, change)), fullSubject, template, model));
  }

  private String recipient(String who, ChangeRecord change) {
    return switch (String.valueOf(who)) {
      case REQUESTER -> people.emailOf(change.requester()).orElseThrow(() ->
          new IllegalStateException("requester '" + change.requester() + "' of " + change.key() + " has no e-mail"));
      case "egi-operations" -> settings.egiOperationsEmail();
      case "tool-team" -> tools.find(change.toolKey()).map(ChangeTool::supportEmail).orElseThrow(() ->
          new IllegalStateException("tool '" + change.toolKey() + "' has no support e-mail in the registry"));
      default -> throw new IllegalArgumentException("unknown mail recipient '" + who
          + "'; one of requester, egi-operations, tool-team");
    };
  }
}
