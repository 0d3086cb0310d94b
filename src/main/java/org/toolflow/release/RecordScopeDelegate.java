package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.release.TaskRecording.Submission;

/** "Finish development and scope the release": the changes the release carries and its tag. */
@Component
class RecordScopeDelegate implements JavaDelegate {

  private final TaskRecording recording;
  private final ReleaseRecords records;

  RecordScopeDelegate(TaskRecording recording, ReleaseRecords records) {
    this.recording = recording;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submission form = recording.submission(execution);
    records.replaceChanges(form.release().key(), form.in().list(CHANGE_KEYS));
    records.releaseTag(form.release().key(), form.in().text(RELEASE_TAG));
    recording.done(execution, Map.of());
  }
}
