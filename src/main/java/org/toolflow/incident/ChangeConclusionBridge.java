package org.toolflow.incident;

import static org.toolflow.incident.IncidentNames.*;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeRequestProcess;
import org.toolflow.change.ChangeStatus;

/**
 * Tells a problem that its fixing change is concluded. When a change-request instance's {@code status} becomes
 * RESOLVED or REJECTED, the problem waiting for that instance receives {@code ChangeConcluded} with
 * {@code changeStatus} "Resolved" or "Rejected", in the same transaction as the change's own status change.
 */
@Component
class ChangeConclusionBridge {

  private final RuntimeService runtimeService;

  ChangeConclusionBridge(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @EventListener
  void on(HistoryEvent event) {
    if (!(event instanceof HistoricVariableUpdateEventEntity update)
        || !ChangeRequestProcess.PROCESS_KEY.equals(update.getProcessDefinitionKey())
        || !ChangeRequestProcess.Vars.STATUS.equals(update.getVariableName())) {
      return;
    }
    String status = update.getTextValue();
    if (!ChangeStatus.RESOLVED.name().equals(status) && !ChangeStatus.REJECTED.name().equals(status)) {
      return;
    }
    runtimeService.createMessageCorrelation(MESSAGE_CHANGE_CONCLUDED)
        .processInstanceVariableEquals(RequestFixChangeDelegate.CHANGE_PROCESS_INSTANCE_ID, update.getProcessInstanceId())
        .setVariable(CHANGE_STATUS, ChangeStatus.valueOf(status).label())
        .correlateAllWithResult();
  }
}
