package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.release.TaskRecording.Submission;

/** "Write the OMB slide and the broadcast text": stored with the release, where the OMB agenda reads them. */
@Component
class RecordCommunicationDelegate implements JavaDelegate {

  private final TaskRecording recording;
  private final ReleaseRecords records;

  RecordCommunicationDelegate(TaskRecording recording, ReleaseRecords records) {
    this.recording = recording;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submission form = recording.submission(execution);
    records.communication(form.release().key(), form.in().text(OMB_ITEM), form.in().text(BROADCAST_TEXT));
    recording.done(execution, Map.of());
  }
}
