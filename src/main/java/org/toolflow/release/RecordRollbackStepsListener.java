package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.toolflow.release.TaskRecording.Submission;

/** "Write down the rollback steps": kept with the release for the day the deployment fails. */
@Component
class RecordRollbackStepsListener implements TaskListener {

  private final TaskRecording recording;
  private final ReleaseRecords records;

  RecordRollbackStepsListener(TaskRecording recording, ReleaseRecords records) {
    this.recording = recording;
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    Submission form = recording.submission(task);
    records.rollbackSteps(form.release().key(), form.in().text(ROLLBACK_STEPS));
    recording.done(task, Map.of());
  }
}
