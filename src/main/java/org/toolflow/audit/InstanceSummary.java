package org.toolflow.audit;

import java.time.Instant;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/** One row of the history search, and the head of an instance's trail. */
record InstanceSummary(String id, String businessKey, String processDefinitionKey, String processDefinitionName,
    Integer processDefinitionVersion, String processDefinitionId, String state, Instant startTime, Instant endTime,
    String startUserId, String toolKey) {

  static InstanceSummary of(HistoricProcessInstance instance, String toolKey) {
    return new InstanceSummary(instance.getId(), instance.getBusinessKey(), instance.getProcessDefinitionKey(),
        instance.getProcessDefinitionName(), instance.getProcessDefinitionVersion(), instance.getProcessDefinitionId(),
        instance.getState(), Times.of(instance.getStartTime()), Times.of(instance.getEndTime()),
        instance.getStartUserId(), toolKey);
  }
}
