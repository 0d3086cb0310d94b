package org.toolflow.incident;

import static org.toolflow.incident.IncidentNames.*;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeConcluded;

/**
 * Tells a problem that its fixing change is concluded: the problem waiting for that change-request instance receives
 * {@code ChangeConcluded} with {@code changeStatus} "Resolved" or "Rejected", in the change's own transaction.
 */
@Component
class ChangeConclusionListener {

  private final RuntimeService runtimeService;

  ChangeConclusionListener(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @EventListener
  void on(ChangeConcluded concluded) {
    runtimeService.createMessageCorrelation(MESSAGE_CHANGE_CONCLUDED)
        .processInstanceVariableEquals(RequestFixChangeDelegate.CHANGE_PROCESS_INSTANCE_ID, concluded.processInstanceId())
        .setVariable(CHANGE_STATUS, concluded.status().label())
        .correlateAllWithResult();
  }
}
