package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.toolflow.release.TaskRecording.Submission;

/** "Present the emergency release at the OMB": the OMB's verdict; the agenda stops listing the release. */
@Component
class RecordPostReviewListener implements TaskListener {

  private final TaskRecording recording;
  private final ReleaseRecords records;

  RecordPostReviewListener(TaskRecording recording, ReleaseRecords records) {
    this.recording = recording;
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    Submission form = recording.submission(task);
    records.ombPostReview(form.release().key(), form.in().text(OMB_POST_REVIEW_OUTCOME),
        form.in().text(OMB_POST_REVIEW_COMMENT));
    recording.done(task, Map.of());
  }
}
