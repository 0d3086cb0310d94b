package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.release.ReleaseProcess.Values;
import org.toolflow.release.TaskRecording.Submission;

/** "Review the release": the outcome and the team's analysis; the release SUCCEEDED or FAILED. */
@Component
class RecordReviewDelegate implements JavaDelegate {

  private final TaskRecording recording;
  private final ReleaseRecords records;

  RecordReviewDelegate(TaskRecording recording, ReleaseRecords records) {
    this.recording = recording;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submission form = recording.submission(execution);
    String outcome = form.in().text(REVIEW_OUTCOME);
    boolean success = Values.SUCCESS.equals(outcome);
    records.review(form.release().key(), outcome, form.in().text(REVIEW_ANALYSIS),
        success ? ReleaseStatus.SUCCEEDED : ReleaseStatus.FAILED);
    recording.done(execution, Map.of(RELEASE_SUCCEEDED, success));
  }
}
