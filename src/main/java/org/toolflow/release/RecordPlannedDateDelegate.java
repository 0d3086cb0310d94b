package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.release.TaskRecording.Submission;

/** "Reschedule the release": the new date and the OMB meeting it is presented at; the plan check follows. */
@Component
class RecordPlannedDateDelegate implements JavaDelegate {

  private final TaskRecording recording;
  private final NewPlannedDate dates;

  RecordPlannedDateDelegate(TaskRecording recording, NewPlannedDate dates) {
    this.recording = recording;
    this.dates = dates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submission form = recording.submission(execution);
    LocalDate date = form.in().date(PLANNED_DATE, true);
    dates.record(form.release(), date);
    recording.done(execution, Map.of());
  }
}
