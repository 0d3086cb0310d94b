package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.toolflow.release.TaskRecording.Submission;

/** "Write the OMB slide and the broadcast text": stored with the release, where the OMB agenda reads them. */
@Component
class RecordCommunicationListener implements TaskListener {

  private final TaskRecording recording;
  private final ReleaseRecords records;

  RecordCommunicationListener(TaskRecording recording, ReleaseRecords records) {
    this.recording = recording;
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    Submission form = recording.submission(task);
    records.communication(form.release().key(), form.in().text(OMB_ITEM), form.in().text(BROADCAST_TEXT));
    recording.done(task, Map.of());
  }
}
