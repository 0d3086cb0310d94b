package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.release.TaskRecording.Submission;

/** "Record the distribution channel": where a release not meant for UMD is distributed. */
@Component
class RecordDistributionDelegate implements JavaDelegate {

  private final TaskRecording recording;
  private final ReleaseRecords records;

  RecordDistributionDelegate(TaskRecording recording, ReleaseRecords records) {
    this.recording = recording;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submission form = recording.submission(execution);
    records.distribution(form.release().key(), form.in().text(DISTRIBUTION_CHANNEL), form.in().text(DISTRIBUTION_URL),
        null);
    recording.done(execution, Map.of());
  }
}
