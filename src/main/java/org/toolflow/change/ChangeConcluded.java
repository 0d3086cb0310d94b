package org.toolflow.change;

/**
 * Published by the change process when a change reaches a final status (Resolved or Rejected), inside the transaction
 * of that status step, so whoever waits for the change learns of it without reading the engine's history.
 */
public record ChangeConcluded(String processInstanceId, String businessKey, ChangeStatus status) {

  static boolean isFinal(ChangeStatus status) {
    return status == ChangeStatus.RESOLVED || status == ChangeStatus.REJECTED;
  }
}
