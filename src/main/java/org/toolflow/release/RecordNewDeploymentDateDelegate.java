package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.omb.OmbCalendar;
import org.toolflow.release.TaskRecording.Submission;

/** "Set a new deployment date": a slipped release's new date, its OMB meeting and the changes' schedule. */
@Component
class RecordNewDeploymentDateDelegate implements JavaDelegate {

  private final TaskRecording recording;
  private final NewPlannedDate dates;
  private final ReleaseChanges changes;
  private final OmbCalendar calendar;

  RecordNewDeploymentDateDelegate(TaskRecording recording, NewPlannedDate dates, ReleaseChanges changes,
      OmbCalendar calendar) {
    this.recording = recording;
    this.dates = dates;
    this.changes = changes;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submission form = recording.submission(execution);
    LocalDate date = form.in().date(PLANNED_DATE, true);
    PlanCheck plan = dates.record(form.release(), date);
    changes.planDeployment(form.release().key(), date);
    Map<String, Object> decided = new HashMap<>(DeploymentDates.of(date, calendar.zone()));
    decided.put(OMB_MEETING_AT, Date.from(plan.ombMeetingAt()));
    decided.put(OMB_MEETING_DATE, calendar.dateOf(plan.ombMeetingAt()).toString());
    decided.put(PLAN_MESSAGE, "The release was not deployed on its planned date, " + form.release().plannedDate()
        + ". " + plan.message());
    recording.done(execution, decided);
  }
}
