package org.toolflow.retirement;

import static org.toolflow.retirement.ToolRetirementProcess.Vars.*;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.toolflow.integration.mail.MailRecipients;
import org.toolflow.incident.Variables;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.mail.MailMessage;
import org.toolflow.integration.mail.Mailer;
import org.toolflow.security.Roles;

/**
 * Tells the requester, the tool team and EGI Operations how the retirement ended (the task's input
 * {@code mailTemplate}: refused or retired).
 */
@Component
class SendRetirementMailDelegate implements JavaDelegate {

  static final Map<String, String> SUBJECTS = Map.of(
      "tool-retirement-refused", "Retirement refused",
      "tool-retirement-done", "Tool retired");

  private final Mailer mailer;
  private final MailRecipients recipients;
  private final IdentityService identityService;

  SendRetirementMailDelegate(Mailer mailer, MailRecipients recipients, IdentityService identityService) {
    this.mailer = mailer;
    this.recipients = recipients;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String template = (String) execution.getVariableLocal(MAIL_TEMPLATE);
    String subject = SUBJECTS.get(template);
    if (subject == null) {
      throw new IllegalArgumentException("unknown retirement mail template '" + template + "'; one of " + SUBJECTS.keySet());
    }
    String toolKey = Variables.text(execution, TOOL_KEY);
    Set<String> to = new LinkedHashSet<>(recipients.ofTeam(toolKey, Roles.EGI_OPERATIONS));
    User requester = identityService.createUserQuery().userId(Variables.text(execution, REQUESTED_BY)).singleResult();
    if (requester != null && requester.getEmail() != null && !requester.getEmail().isBlank()) {
      to.add(requester.getEmail());
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("toolKey", toolKey);
    model.put("toolName", Variables.text(execution, TOOL_NAME));
    model.put("retirementReason", Variables.text(execution, RETIREMENT_REASON));
    model.put("retirementComment", orNone(Variables.textOrEmpty(execution, DECISION_COMMENT)));
    model.put("rejectedChanges", orNone(Variables.textOrEmpty(execution, REJECTED_CHANGES)));
    mailer.send(ActionContext.of(execution), new MailMessage(List.copyOf(to),
        subject + ": " + Variables.text(execution, TOOL_NAME), template, model));
  }

  private static String orNone(String text) {
    return text.isEmpty() ? "(none)" : text;
  }
}
