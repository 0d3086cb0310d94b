package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.release.TaskRecording.Submission;

/** "Run the rollback steps": the report, and how the rollback went joins the deployment's failure summary. */
@Component
class RecordRollbackDelegate implements JavaDelegate {

  private final TaskRecording recording;

  RecordRollbackDelegate(TaskRecording recording) {
    this.recording = recording;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submission form = recording.submission(execution);
    String result = form.in().text(ROLLBACK_RESULT);
    String notes = result + (form.in().text(ROLLBACK_NOTES) == null ? "" : ": " + form.in().text(ROLLBACK_NOTES));
    recording.report(form, "rollback", !"incomplete".equals(result), null, notes);
    recording.done(execution, Map.of(FAILURE_SUMMARY,
        execution.getVariable(FAILURE_SUMMARY) + "\nRollback " + notes));
  }
}
