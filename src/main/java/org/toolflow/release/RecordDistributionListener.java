package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.toolflow.release.TaskRecording.Submission;

/** "Record the distribution channel": where a release not meant for UMD is distributed. */
@Component
class RecordDistributionListener implements TaskListener {

  private final TaskRecording recording;
  private final ReleaseRecords records;

  RecordDistributionListener(TaskRecording recording, ReleaseRecords records) {
    this.recording = recording;
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    Submission form = recording.submission(task);
    records.distribution(form.release().key(), form.in().text(DISTRIBUTION_CHANNEL), form.in().text(DISTRIBUTION_URL),
        null);
    recording.done(task, Map.of());
  }
}
