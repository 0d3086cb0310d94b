package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.FAILURE_REPORT;
import static org.toolflow.release.ReleaseProcess.Vars.OMB_MEETING_DATE;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.mail.MailMessage;
import org.toolflow.integration.mail.Mailer;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;

/** Sends the failure report to the tool team's support address and to whoever planned the release. */
@Component
class SendFailureReportDelegate implements JavaDelegate {

  static final String TEMPLATE = "release-failure";

  private final Mailer mailer;
  private final ReleaseRecords records;
  private final ToolRegistry registry;
  private final IdentityService identityService;

  SendFailureReportDelegate(Mailer mailer, ReleaseRecords records, ToolRegistry registry,
      IdentityService identityService) {
    this.mailer = mailer;
    this.records = records;
    this.registry = registry;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReleaseRecord release = records.get(execution.getProcessBusinessKey());
    Tool tool = registry.find(release.toolKey()).orElseThrow();
    Set<String> to = new LinkedHashSet<>();
    if (tool.supportEmail() != null && !tool.supportEmail().isBlank()) {
      to.add(tool.supportEmail());
    }
    User requester = identityService.createUserQuery().userId(release.requester()).singleResult();
    if (requester != null && requester.getEmail() != null && !requester.getEmail().isBlank()) {
      to.add(requester.getEmail());
    }
    Map<String, Object> model = ReleaseTexts.mailModel(release, tool.name(), records.changesOf(release.key()),
        (String) execution.getVariable(OMB_MEETING_DATE));
    model.put("failureReport", execution.getVariable(FAILURE_REPORT));
    mailer.send(ActionContext.of(execution), new MailMessage(List.copyOf(to),
        ReleaseTexts.subject(release, "Release sent back to development"), TEMPLATE, model));
  }
}
