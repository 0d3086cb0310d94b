package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.toolflow.release.TaskRecording.Submission;

/** "Finish development and scope the release": the changes the release carries and its tag. */
@Component
class RecordScopeListener implements TaskListener {

  private final TaskRecording recording;
  private final ReleaseRecords records;

  RecordScopeListener(TaskRecording recording, ReleaseRecords records) {
    this.recording = recording;
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    Submission form = recording.submission(task);
    records.replaceChanges(form.release().key(), form.in().list(CHANGE_KEYS));
    records.releaseTag(form.release().key(), form.in().text(RELEASE_TAG));
    recording.done(task, Map.of());
  }
}
