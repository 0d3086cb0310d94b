package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.OMB_MEETING_DATE;
import static org.toolflow.release.ReleaseProcess.Vars.PLAN_MESSAGE;
import static org.toolflow.release.ReleaseProcess.Vars.TOOL_NAME;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.mail.MailMessage;
import org.toolflow.integration.mail.Mailer;

/**
 * Tells the OMB of the plan (and of every new cycle or date), and records when it heard of which date: the
 * notice the plan rules count starts there.
 */
@Component
class InformOmbDelegate implements JavaDelegate {

  static final String TEMPLATE = "release-plan";

  private final Mailer mailer;
  private final ReleaseRecords records;
  private final ReleaseProperties settings;
  private final Clock clock;

  InformOmbDelegate(Mailer mailer, ReleaseRecords records, ReleaseProperties settings, Clock clock) {
    this.mailer = mailer;
    this.records = records;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReleaseRecord release = records.get(execution.getProcessBusinessKey());
    Map<String, Object> model = ReleaseTexts.mailModel(release, (String) execution.getVariable(TOOL_NAME),
        records.changesOf(release.key()), (String) execution.getVariable(OMB_MEETING_DATE));
    model.put("planMessage", execution.getVariable(PLAN_MESSAGE));
    mailer.send(ActionContext.of(execution), new MailMessage(List.of(settings.ombEmail()),
        ReleaseTexts.subject(release, "Release plan"), TEMPLATE, model));
    if (!release.plannedDate().equals(release.ombInformedDate())) {
      records.ombInformed(release.key(), clock.instant(), release.plannedDate());
    }
  }
}
