package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.release.ReleaseProcess.Values;
import org.toolflow.release.TaskRecording.Submission;

/** "Deploy the release": the report; success makes the release DEPLOYED, failure starts the failure report. */
@Component
class RecordDeploymentDelegate implements JavaDelegate {

  private final TaskRecording recording;
  private final ReleaseRecords records;

  RecordDeploymentDelegate(TaskRecording recording, ReleaseRecords records) {
    this.recording = recording;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submission form = recording.submission(execution);
    boolean succeeded = Values.SUCCESS.equals(form.in().text(DEPLOYMENT_RESULT));
    recording.report(form, "deployment", succeeded, null, form.in().text(DEPLOYMENT_NOTES));
    Map<String, Object> decided = new HashMap<>();
    decided.put(DEPLOYMENT_SUCCEEDED, succeeded);
    if (succeeded) {
      records.status(form.release().key(), ReleaseStatus.DEPLOYED);
    } else {
      decided.putAll(Failure.of("deployment to production", form.in().text(DEPLOYMENT_NOTES), null));
    }
    recording.done(execution, decided);
  }
}
