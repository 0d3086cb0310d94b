package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.release.ReleaseProcess.Values;
import org.toolflow.release.TaskRecording.Submission;

/** "Confirm the tag in the repository": the tag report, the tag's address, or the failure of the build. */
@Component
class RecordTagConfirmationDelegate implements JavaDelegate {

  private final TaskRecording recording;
  private final ReleaseRecords records;

  RecordTagConfirmationDelegate(TaskRecording recording, ReleaseRecords records) {
    this.recording = recording;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submission form = recording.submission(execution);
    ReleaseRecord release = form.release();
    boolean confirmed = Values.YES.equals(form.in().text(TAG_CONFIRMED));
    String summary = confirmed ? "tag " + release.releaseTag() + " confirmed" : form.in().text(TAG_COMMENT);
    recording.report(form, "tag", confirmed, form.in().text(TAG_URL), summary);
    Map<String, Object> decided = new HashMap<>();
    decided.put(TAG_FOUND, confirmed);
    if (confirmed) {
      records.tagUrl(release.key(), form.in().text(TAG_URL));
    } else {
      decided.putAll(Failure.of("tag " + release.releaseTag() + " not confirmed in the repository", summary, null));
    }
    recording.done(execution, decided);
  }
}
