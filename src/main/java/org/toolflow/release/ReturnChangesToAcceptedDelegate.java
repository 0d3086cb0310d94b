package org.toolflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A release that failed its review gives its change requests back: each receives the message ReleaseFailed and is
 * Accepted again, so the next release of the tool can carry it. A change on hold refuses; the job says which.
 */
@Component
class ReturnChangesToAcceptedDelegate implements JavaDelegate {

  private final ReleaseRecords records;
  private final ReleaseChanges changes;

  ReturnChangesToAcceptedDelegate(ReleaseRecords records, ReleaseChanges changes) {
    this.records = records;
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    changes.returnToAccepted(records.get(execution.getProcessBusinessKey()));
  }
}
