package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.OMB_MEETING_DATE;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.mail.MailMessage;
import org.toolflow.integration.mail.Mailer;
import org.toolflow.security.ToolGroups;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;
import org.toolflow.tools.ToolStatus;

/**
 * The announcement the seed asks for when development is complete: to every product team (each ACTIVE tool's support
 * address) and to the members of the tool's OTAG, with the release notes, documentation links, the detailed test
 * plan, the conformance information and the expected release date.
 */
@Component
class SendReleaseAnnouncementDelegate implements JavaDelegate {

  static final String TEMPLATE = "release-announcement";

  private final Mailer mailer;
  private final ReleaseRecords records;
  private final ToolRegistry registry;
  private final IdentityService identityService;
  private final ReleaseProperties settings;

  SendReleaseAnnouncementDelegate(Mailer mailer, ReleaseRecords records, ToolRegistry registry,
      IdentityService identityService, ReleaseProperties settings) {
    this.mailer = mailer;
    this.records = records;
    this.registry = registry;
    this.identityService = identityService;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReleaseRecord release = records.get(execution.getProcessBusinessKey());
    Tool tool = registry.find(release.toolKey()).orElseThrow();
    mailer.send(ActionContext.of(execution), new MailMessage(recipients(tool),
        ReleaseTexts.subject(release, "Release ready for testing"), TEMPLATE,
        ReleaseTexts.mailModel(release, tool.name(), records.changesOf(release.key()),
            (String) execution.getVariable(OMB_MEETING_DATE))));
  }

  private List<String> recipients(Tool tool) {
    Set<String> to = new LinkedHashSet<>();
    registry.listByStatus(ToolStatus.ACTIVE).stream().map(Tool::supportEmail)
        .filter(email -> email != null && !email.isBlank()).forEach(to::add);
    if (tool.otag()) {
      identityService.createUserQuery().memberOfGroup(ToolGroups.otag(tool.key())).unlimitedList().stream().map(User::getEmail)
          .filter(email -> email != null && !email.isBlank()).forEach(to::add);
    }
    if (settings.announcementList() != null) {
      to.add(settings.announcementList());
    }
    return new ArrayList<>(to);
  }
}
