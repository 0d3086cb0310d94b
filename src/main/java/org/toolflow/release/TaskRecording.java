package org.toolflow.release;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.toolflow.release.ReleaseProcess.Values;
import org.toolflow.system.forms.FormChecks;
import org.toolflow.system.forms.FormValues;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;

/**
 * What the record steps after the release's tasks share: reading a submission the rules already accepted (the
 * submitted values are process variables by then), adding a report, and rewriting from the record the variables the
 * process routes on, so that no submission can forge them.
 */
@Component
class TaskRecording {

  /** A completed task's form, its release and who completed it (null when nobody signed in, as for a job). */
  record Submission(ReleaseRecord release, FormValues in, String by) {
  }

  private final ReleaseRecords records;
  private final ToolRegistry registry;
  private final ReleasePlanner planner;
  private final IdentityService identityService;
  private final Clock clock;

  TaskRecording(ReleaseRecords records, ToolRegistry registry, ReleasePlanner planner,
      IdentityService identityService, Clock clock) {
    this.records = records;
    this.registry = registry;
    this.planner = planner;
    this.identityService = identityService;
    this.clock = clock;
  }

  Submission submission(DelegateExecution execution) {
    Map<String, Object> values = execution.getVariables();
    return new Submission(records.get(execution.getProcessBusinessKey()),
        new FormValues(values, FormChecks.of(values), planner.zone()), actor());
  }

  void report(Submission submitted, String stage, boolean passed, String link, String summary) {
    ReleaseRecord release = submitted.release();
    records.addReport(release.key(), new ReleaseReport(release.iteration(), stage,
        passed ? Values.PASS : Values.FAIL, link, summary, submitted.by(), clock.instant()));
  }

  /** Sets what the task decided, then the routing variables as the record now has them. */
  void done(DelegateExecution execution, Map<String, Object> decided) {
    execution.setVariables(decided);
    ReleaseRecord now = records.get(execution.getProcessBusinessKey());
    Tool tool = registry.find(now.toolKey()).orElseThrow();
    execution.setVariables(ReleaseVariables.of(now, tool, records.changesOf(now.key())));
  }

  // The step runs in the transaction of the task's completion, so the caller is who completed it.
  private String actor() {
    Authentication caller = identityService.getCurrentAuthentication();
    return caller != null ? caller.getUserId() : null;
  }
}
