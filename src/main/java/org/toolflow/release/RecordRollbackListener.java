package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.toolflow.release.TaskRecording.Submission;

/** "Run the rollback steps": the report, and how the rollback went joins the deployment's failure summary. */
@Component
class RecordRollbackListener implements TaskListener {

  private final TaskRecording recording;

  RecordRollbackListener(TaskRecording recording) {
    this.recording = recording;
  }

  @Override
  public void notify(DelegateTask task) {
    Submission form = recording.submission(task);
    String result = form.in().text(ROLLBACK_RESULT);
    String notes = result + (form.in().text(ROLLBACK_NOTES) == null ? "" : ": " + form.in().text(ROLLBACK_NOTES));
    recording.report(form, "rollback", !"incomplete".equals(result), null, notes);
    recording.done(task, Map.of(FAILURE_SUMMARY,
        task.getExecution().getVariable(FAILURE_SUMMARY) + "\nRollback " + notes));
  }
}
