package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.release.ReleaseProcess.Values;

/**
 * Any failure (tag, tests, acceptance, documentation, deployment) ends the cycle: the report is kept with the
 * release, the iteration count goes up and the release goes back to development with what this cycle decided
 * cleared, so that no form of the next cycle shows an old verdict.
 */
@Component
class RecordReleaseFailureDelegate implements JavaDelegate {

  private final ReleaseRecords records;
  private final Clock clock;

  RecordReleaseFailureDelegate(ReleaseRecords records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReleaseRecord release = records.get(execution.getProcessBusinessKey());
    String stage = String.valueOf(execution.getVariable(FAILURE_STAGE));
    String summary = String.valueOf(execution.getVariable(FAILURE_SUMMARY));
    Object link = execution.getVariable(FAILURE_LINK);
    String report = "Iteration " + release.iteration() + " of " + release.reference() + " failed at the " + stage
        + ".\n" + summary + (link == null || String.valueOf(link).isBlank() ? "" : "\nReport: " + link)
        + "\nThe release is back in development; the cycle restarts with the plan check.";
    records.addReport(release.key(), new ReleaseReport(release.iteration(), "failure", Values.FAIL,
        link == null ? null : String.valueOf(link), report, null, clock.instant()));
    int iteration = records.nextIteration(release.key());
    execution.removeVariables(ReleaseProcess.Vars.CYCLE_OUTCOMES);
    execution.setVariable(FAILURE_REPORT, report);
    execution.setVariable(ITERATION, iteration);
  }
}
