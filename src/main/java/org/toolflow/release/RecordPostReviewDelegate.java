package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.release.TaskRecording.Submission;

/** "Present the emergency release at the OMB": the OMB's verdict; the agenda stops listing the release. */
@Component
class RecordPostReviewDelegate implements JavaDelegate {

  private final TaskRecording recording;
  private final ReleaseRecords records;

  RecordPostReviewDelegate(TaskRecording recording, ReleaseRecords records) {
    this.recording = recording;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submission form = recording.submission(execution);
    records.ombPostReview(form.release().key(), form.in().text(OMB_POST_REVIEW_OUTCOME),
        form.in().text(OMB_POST_REVIEW_COMMENT));
    recording.done(execution, Map.of());
  }
}
