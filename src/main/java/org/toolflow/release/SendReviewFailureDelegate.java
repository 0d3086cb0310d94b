package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.OMB_MEETING_DATE;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.mail.MailRecipients;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.mail.MailMessage;
import org.toolflow.integration.mail.Mailer;
import org.toolflow.security.Roles;
import org.toolflow.tools.ToolRegistry;

/** Tells the tool team, EGI Operations and the OMB that the release failed in production, with the team's analysis. */
@Component
class SendReviewFailureDelegate implements JavaDelegate {

  static final String TEMPLATE = "release-review-failed";

  private final Mailer mailer;
  private final ReleaseRecords records;
  private final ToolRegistry registry;
  private final MailRecipients recipients;
  private final ReleaseProperties settings;

  SendReviewFailureDelegate(Mailer mailer, ReleaseRecords records, ToolRegistry registry, MailRecipients recipients,
      ReleaseProperties settings) {
    this.mailer = mailer;
    this.records = records;
    this.registry = registry;
    this.recipients = recipients;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReleaseRecord release = records.get(execution.getProcessBusinessKey());
    Set<String> to = new LinkedHashSet<>(recipients.ofTeam(release.toolKey(), Roles.EGI_OPERATIONS, Roles.OMB));
    to.add(settings.ombEmail());
    String toolName = registry.find(release.toolKey()).map(tool -> tool.name()).orElse(release.toolKey());
    Map<String, Object> model = ReleaseTexts.mailModel(release, toolName, records.changesOf(release.key()),
        (String) execution.getVariable(OMB_MEETING_DATE));
    model.put("reviewAnalysis", release.reviewAnalysis());
    mailer.send(ActionContext.of(execution), new MailMessage(List.copyOf(to),
        ReleaseTexts.subject(release, "Release failed in production"), TEMPLATE, model));
  }
}
