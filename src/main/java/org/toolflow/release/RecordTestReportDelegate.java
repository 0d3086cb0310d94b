package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Elements.*;
import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.release.ReleaseProcess.Values;
import org.toolflow.release.TaskRecording.Submission;

/** The team's, the OTAG's and the customers' tests: each a report; failed acceptance fails the test at once. */
@Component
class RecordTestReportDelegate implements JavaDelegate {

  private record Fields(String stage, String result, String link, String summary) {
  }

  private static final Map<String, Fields> BY_STEP = Map.of(
      RECORD_TEAM_TEST, new Fields("team-test", TEAM_TEST_RESULT, TEAM_TEST_REPORT_URL, TEAM_TEST_SUMMARY),
      RECORD_OTAG_TEST, new Fields("otag-test", OTAG_TEST_RESULT, OTAG_TEST_REPORT_URL, OTAG_TEST_SUMMARY),
      RECORD_ACCEPTANCE_TEST, new Fields("acceptance", ACCEPTANCE_RESULT, ACCEPTANCE_REPORT_URL, ACCEPTANCE_SUMMARY));

  private final TaskRecording recording;

  RecordTestReportDelegate(TaskRecording recording) {
    this.recording = recording;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Fields fields = BY_STEP.get(execution.getCurrentActivityId());
    Submission form = recording.submission(execution);
    boolean passed = Values.PASS.equals(form.in().text(fields.result()));
    recording.report(form, fields.stage(), passed, form.in().text(fields.link()), form.in().text(fields.summary()));
    Map<String, Object> decided = new HashMap<>();
    if (RECORD_ACCEPTANCE_TEST.equals(execution.getCurrentActivityId())) {
      decided.put(ACCEPTANCE_PASSED, passed);
      if (!passed) {
        decided.putAll(Failure.of("acceptance tests by the customer representatives",
            form.in().text(ACCEPTANCE_SUMMARY), form.in().text(ACCEPTANCE_REPORT_URL)));
      }
    }
    recording.done(execution, decided);
  }
}
