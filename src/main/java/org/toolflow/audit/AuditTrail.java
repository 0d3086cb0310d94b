package org.toolflow.audit;

import static org.toolflow.system.process.SharedVariables.TOOL_KEY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.toolflow.security.AsSystem;

/**
 * Assembles the trail of one process instance from the engine's history, one query per kind of record
 * (activities, tasks, variable updates, decisions, incidents, operations), never one per row.
 * Every query runs with the caller's authentication, so the engine's READ_HISTORY checks apply.
 * Each query is bounded by the one instance (and served by its process-instance index), so it reads all rows:
 * a trail cut at the query results limit would hide part of what happened.
 */
@Service
class AuditTrail {

  private final HistoryService historyService;
  private final AsSystem asSystem;
  private final ObjectProvider<OutsideCalls> outsideCalls;

  AuditTrail(HistoryService historyService, AsSystem asSystem, ObjectProvider<OutsideCalls> outsideCalls) {
    this.historyService = historyService;
    this.asSystem = asSystem;
    this.outsideCalls = outsideCalls;
  }

  Trail of(String processInstanceId) {
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      if (existsForAnyone(processInstanceId)) {
        throw new AuthorizationException("no READ_HISTORY on the process of instance " + processInstanceId);
      }
      throw new NoSuchElementException("no process instance " + processInstanceId);
    }
    List<HistoricActivityInstance> activities = historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId).orderByHistoricActivityInstanceStartTime().asc()
        .orderPartiallyByOccurrence().asc().unlimitedList();
    List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(processInstanceId).orderByHistoricActivityInstanceStartTime().asc().unlimitedList();
    List<Operation> operations = Operation.group(historyService.createUserOperationLogQuery()
        .processInstanceId(processInstanceId).orderByTimestamp().asc().unlimitedList());
    List<HistoricVariableUpdate> updates = historyService.createHistoricDetailQuery()
        .processInstanceId(processInstanceId).variableUpdates().disableCustomObjectDeserialization()
        .orderPartiallyByOccurrence().asc().unlimitedList().stream()
        .filter(HistoricVariableUpdate.class::isInstance).map(HistoricVariableUpdate.class::cast).toList();
    List<HistoricDecisionInstance> decisions = historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(processInstanceId).includeInputs().includeOutputs().disableCustomObjectDeserialization()
        .orderByEvaluationTime().asc().unlimitedList();
    List<HistoricIncident> incidents = historyService.createHistoricIncidentQuery()
        .processInstanceId(processInstanceId).orderByCreateTime().asc().unlimitedList();
    List<OutsideCall> calls = outsideCalls.stream().flatMap(source -> source.of(processInstanceId).stream()).toList();

    return new TrailAssembly(instance, toolKeyOf(processInstanceId), activities, tasks, operations, updates,
        decisions.stream().map(AuditTrail::decision).toList(), incidents, calls).assemble();
  }

  private String toolKeyOf(String processInstanceId) {
    HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(TOOL_KEY).disableCustomObjectDeserialization().singleResult();
    return variable == null || variable.getValue() == null ? null : String.valueOf(variable.getValue());
  }

  // Tells "not yours" (403) from "not there" (404); the answer reveals no more than the id the caller already has.
  private boolean existsForAnyone(String processInstanceId) {
    return asSystem.call(
        () -> historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0);
  }

  private static Trail.Decision decision(HistoricDecisionInstance decision) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    for (HistoricDecisionInputInstance input : decision.getInputs()) {
      inputs.put(Objects.requireNonNullElse(input.getClauseName(), input.getClauseId()), input.getValue());
    }
    Map<String, Map<String, Object>> byRule = new LinkedHashMap<>();
    for (HistoricDecisionOutputInstance output : decision.getOutputs()) {
      String name = Objects.requireNonNullElse(output.getVariableName(), output.getClauseName());
      byRule.computeIfAbsent(output.getRuleId() + "#" + output.getRuleOrder(), rule -> new LinkedHashMap<>())
          .put(name, output.getValue());
    }
    return new Trail.Decision(decision.getDecisionDefinitionKey(), decision.getDecisionDefinitionName(),
        decision.getActivityId(), Times.of(decision.getEvaluationTime()), inputs, new ArrayList<>(byRule.values()));
  }
}
