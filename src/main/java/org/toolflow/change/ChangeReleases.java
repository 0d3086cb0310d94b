package org.toolflow.change;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeRequestProcess.Vars;

/**
 * What the release process does to the changes it carries: lists the ones it may contain, sets their planned
 * deployment date, and, once deployed, sends each the message {@code ReleaseDeployed} (business key = change key);
 * when the release failed its review, the message {@code ReleaseFailed} instead.
 */
@Component
public class ChangeReleases {

  private final ChangeRecords records;
  private final RuntimeService runtimeService;

  ChangeReleases(ChangeRecords records, RuntimeService runtimeService) {
    this.records = records;
    this.runtimeService = runtimeService;
  }

  /** Accepted changes of the tool being implemented, which a release of the tool can contain. */
  public List<ChangeRecord> releasable(String toolKey) {
    return records.inProgressOf(toolKey);
  }

  /** The intended deployment date shown in the change schedule. */
  public void planDeployment(String changeKey, LocalDate date) {
    records.planDeployment(changeKey, date);
  }

  /**
   * The change becomes Resolved and its review week starts. Refused while the change is on hold or not waiting
   * for a release, with a message saying why.
   */
  public void releaseDeployed(String changeKey, String releaseReference) {
    awaitingRelease(changeKey);
    runtimeService.createMessageCorrelation(ChangeRequestProcess.MESSAGE_RELEASE_DEPLOYED)
        .processInstanceBusinessKey(changeKey)
        .setVariable(Vars.RELEASE_REFERENCE, releaseReference)
        .correlate();
  }

  /**
   * The release carrying the change failed its review: the change is Accepted again and waits for the next release.
   * Refused while the change is on hold or not waiting for a release, with a message saying why.
   */
  public void releaseFailed(String changeKey, String releaseReference) {
    awaitingRelease(changeKey);
    runtimeService.createMessageCorrelation(ChangeRequestProcess.MESSAGE_RELEASE_FAILED)
        .processInstanceBusinessKey(changeKey)
        .setVariable(Vars.FAILED_RELEASE_REFERENCE, releaseReference)
        .correlate();
  }

  // Accepted again after a failed release, a change waits for the next one as an In progress change does.
  private void awaitingRelease(String changeKey) {
    ChangeRecord change = records.get(changeKey);
    if (change.status() != ChangeStatus.IN_PROGRESS && change.status() != ChangeStatus.ACCEPTED) {
      throw new IllegalStateException("change " + changeKey + " is " + change.status().label()
          + (change.onHold() ? " (on hold: resume it first)" : "") + ", not Accepted or In progress; it awaits no release");
    }
  }
}
