package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.release.ReleaseProcess.Values;

/** Once the team (and the OTAG, where there is one) have tested: passed only if every test passed. */
@Component
class CollectTestResultsDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<String> failures = new ArrayList<>();
    List<String> links = new ArrayList<>();
    collect(execution, "Team test", TEAM_TEST_RESULT, TEAM_TEST_SUMMARY, TEAM_TEST_REPORT_URL, failures, links);
    if (Boolean.TRUE.equals(execution.getVariable(TOOL_HAS_OTAG))) {
      collect(execution, "OTAG test", OTAG_TEST_RESULT, OTAG_TEST_SUMMARY, OTAG_TEST_REPORT_URL, failures, links);
    }
    execution.setVariable(TESTS_PASSED, failures.isEmpty());
    if (!failures.isEmpty()) {
      execution.setVariables(Failure.of("release tests", String.join("\n", failures), String.join(" ", links)));
    }
  }

  private static void collect(DelegateExecution execution, String who, String result, String summary, String link,
      List<String> failures, List<String> links) {
    if (!Values.PASS.equals(execution.getVariable(result))) {
      failures.add(who + " failed: " + execution.getVariable(summary));
      links.add(String.valueOf(execution.getVariable(link)));
    }
  }
}
