package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.toolflow.release.TaskRecording.Submission;

/** "Reschedule the release": the new date and the OMB meeting it is presented at; the plan check follows. */
@Component
class RecordPlannedDateListener implements TaskListener {

  private final TaskRecording recording;
  private final NewPlannedDate dates;

  RecordPlannedDateListener(TaskRecording recording, NewPlannedDate dates) {
    this.recording = recording;
    this.dates = dates;
  }

  @Override
  public void notify(DelegateTask task) {
    Submission form = recording.submission(task);
    LocalDate date = form.in().date(PLANNED_DATE, true);
    dates.record(form.release(), date);
    recording.done(task, Map.of());
  }
}
