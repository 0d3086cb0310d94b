package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.FAILURE_LINK;
import static org.toolflow.release.ReleaseProcess.Vars.FAILURE_STAGE;
import static org.toolflow.release.ReleaseProcess.Vars.FAILURE_SUMMARY;

import java.util.HashMap;
import java.util.Map;

/** What failed in this cycle, as variables: the failure report is written from them. */
final class Failure {

  private Failure() {
  }

  static Map<String, Object> of(String stage, String summary, String link) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(FAILURE_STAGE, stage);
    variables.put(FAILURE_SUMMARY, summary == null ? "(no details given)" : summary);
    variables.put(FAILURE_LINK, link);
    return variables;
  }
}
