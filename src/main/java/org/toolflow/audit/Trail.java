package org.toolflow.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Everything an auditor needs about one process instance, in one answer. */
record Trail(
    InstanceSummary instance,
    List<Activity> activities,
    List<UserTask> userTasks,
    List<Decision> decisions,
    List<Incident> incidents,
    List<OutsideCall> outsideCalls,
    List<TrailEvent> events) {

  /** One visit of one BPMN element, in the order they happened: the diagram's path is the list of these. */
  record Activity(String activityInstanceId, String activityId, String name, String type, String executionId,
      Instant start, Instant end, boolean canceled) {
  }

  /** A user task: who completed it, when, and what they entered. */
  record UserTask(String taskId, String activityId, String name, String assignee, String completedBy,
      Instant created, Instant completed, String outcome, List<VariableValue> variables) {
  }

  /** One evaluation of a DMN decision with its inputs and the outputs of the rules that matched. */
  record Decision(String decisionKey, String name, String activityId, Instant evaluated,
      Map<String, Object> inputs, List<Map<String, Object>> outputs) {
  }

  /** An incident and how it ended: resolved (the cause went away) or deleted (with its instance). */
  record Incident(String id, String activityId, String type, String message, Instant created, Instant ended,
      String state, String resolvedBy) {
  }
}
