package org.toolflow.audit;

import java.time.Instant;

/** A call ToolFlow made to an outside system on behalf of the instance, from the action journal. */
record OutsideCall(Instant time, String activityId, String system, String operation, String target, String outcome,
    boolean dryRun) {

  String summary() {
    return system + " " + operation + (target == null ? "" : " " + target) + (dryRun ? " (dry-run)" : "")
        + (outcome == null ? "" : ": " + outcome);
  }
}
