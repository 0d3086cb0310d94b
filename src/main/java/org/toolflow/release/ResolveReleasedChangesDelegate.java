package org.toolflow.release;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A successful release resolves the changes it carries: each change request receives its release message, becomes
 * Resolved and starts its review week. All or none: a change on hold refuses, the job fails and says which.
 */
@Component
class ResolveReleasedChangesDelegate implements JavaDelegate {

  private final ReleaseRecords records;
  private final ReleaseChanges changes;

  ResolveReleasedChangesDelegate(ReleaseRecords records, ReleaseChanges changes) {
    this.records = records;
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    changes.resolve(records.get(execution.getProcessBusinessKey()));
  }
}
