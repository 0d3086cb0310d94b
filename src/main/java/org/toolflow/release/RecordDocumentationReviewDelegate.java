package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.release.ReleaseProcess.Values;
import org.toolflow.release.TaskRecording.Submission;

/** "Review the documentation": the report; sufficient makes the release READY, insufficient fails the test. */
@Component
class RecordDocumentationReviewDelegate implements JavaDelegate {

  private final TaskRecording recording;
  private final ReleaseRecords records;

  RecordDocumentationReviewDelegate(TaskRecording recording, ReleaseRecords records) {
    this.recording = recording;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submission form = recording.submission(execution);
    String result = form.in().text(DOCUMENTATION_RESULT);
    String comment = form.in().text(DOCUMENTATION_COMMENT);
    boolean sufficient = !Values.DOCUMENTATION_INSUFFICIENT.equals(result);
    recording.report(form, "documentation", sufficient, null, result + (comment == null ? "" : ": " + comment));
    Map<String, Object> decided = new HashMap<>();
    decided.put(DOCUMENTATION_OK, sufficient);
    if (sufficient) {
      records.status(form.release().key(), ReleaseStatus.READY);
    } else {
      decided.putAll(Failure.of("documentation review", comment, null));
    }
    recording.done(execution, decided);
  }
}
