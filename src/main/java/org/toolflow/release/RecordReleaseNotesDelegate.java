package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.release.TaskRecording.Submission;
import org.toolflow.system.forms.FormValues;

/** "Write the release notes and the test plan": what the announcement carries. */
@Component
class RecordReleaseNotesDelegate implements JavaDelegate {

  private final TaskRecording recording;
  private final ReleaseRecords records;

  RecordReleaseNotesDelegate(TaskRecording recording, ReleaseRecords records) {
    this.recording = recording;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Submission form = recording.submission(execution);
    FormValues in = form.in();
    records.notes(form.release().key(), new ReleaseNotes(in.text(CHANGELOG), in.text(INSTALLATION_STEPS),
        in.text(KNOWN_ISSUES), in.text(DOCUMENTATION_LINKS), in.text(TEST_PLAN), in.text(CONFORMANCE_INFO)));
    recording.done(execution, Map.of());
  }
}
