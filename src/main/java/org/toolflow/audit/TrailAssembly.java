package org.toolflow.audit;

import static org.toolflow.system.process.SharedVariables.TOOL_KEY;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;

/** Joins the history records of one instance in memory: who completed which task with which values, and when. */
final class TrailAssembly {

  private static final String USER_TASK = "userTask";
  // The retry and the incident's end are written in one transaction, stamped a few milliseconds apart.
  private static final Duration RESOLUTION_WINDOW = Duration.ofMinutes(1);

  private final HistoricProcessInstance instance;
  private final String toolKey;
  private final List<HistoricActivityInstance> activities;
  private final List<HistoricTaskInstance> tasks;
  private final List<Operation> operations;
  private final List<HistoricVariableUpdate> updates;
  private final List<Trail.Decision> decisions;
  private final List<HistoricIncident> incidents;
  private final List<OutsideCall> calls;
  private final Map<String, String> activityNames = new HashMap<>();

  TrailAssembly(HistoricProcessInstance instance, String toolKey, List<HistoricActivityInstance> activities,
      List<HistoricTaskInstance> tasks, List<Operation> operations, List<HistoricVariableUpdate> updates,
      List<Trail.Decision> decisions, List<HistoricIncident> incidents, List<OutsideCall> calls) {
    this.instance = instance;
    this.toolKey = toolKey;
    this.activities = activities;
    this.tasks = tasks;
    this.operations = operations;
    this.updates = updates;
    this.decisions = decisions;
    this.incidents = incidents;
    this.calls = calls;
    activities.forEach(a -> activityNames.putIfAbsent(a.getActivityId(), a.getActivityName()));
  }

  Trail assemble() {
    Map<String, Operation> completions = new HashMap<>();
    for (Operation operation : operations) {
      if (Operation.COMPLETE.equals(operation.type()) && operation.taskId() != null) {
        completions.putIfAbsent(operation.taskId(), operation);
      }
    }
    Map<String, String> taskOfActivityInstance = new HashMap<>();
    tasks.forEach(task -> taskOfActivityInstance.put(task.getActivityInstanceId(), task.getId()));
    Map<String, HistoricActivityInstance> activityInstances = new HashMap<>();
    activities.forEach(activity -> activityInstances.put(activity.getId(), activity));

    // A variable update names the activity instance that wrote it: a task's form, a decision's result, a delegate.
    Map<String, List<VariableValue>> taskValues = new HashMap<>();
    Map<String, List<VariableValue>> activityValues = new HashMap<>();
    Map<String, List<VariableValue>> operationValues = new HashMap<>();
    List<VariableValue> startValues = new ArrayList<>();
    Map<String, List<VariableValue>> otherValues = new LinkedHashMap<>();
    for (HistoricVariableUpdate update : updates) {
      VariableValue value = VariableValue.of(update);
      String activityInstanceId = update.getActivityInstanceId();
      String taskId = update.getTaskId() != null ? update.getTaskId() : taskOfActivityInstance.get(activityInstanceId);
      if (taskId != null) {
        taskValues.computeIfAbsent(taskId, id -> new ArrayList<>()).add(value);
      } else if (activityInstances.containsKey(activityInstanceId)
          && activityInstances.get(activityInstanceId).getEndTime() != null) {
        activityValues.computeIfAbsent(activityInstanceId, id -> new ArrayList<>()).add(value);
      } else if (update.getUserOperationId() != null && !isStart(update)) {
        operationValues.computeIfAbsent(update.getUserOperationId(), id -> new ArrayList<>()).add(value);
      } else if (isStart(update)) {
        startValues.add(value);
      } else {
        otherValues.computeIfAbsent(activityInstanceId + "@" + value.time(), id -> new ArrayList<>()).add(value);
      }
    }

    List<Trail.UserTask> userTasks = tasks.stream().map(task -> userTask(task, completions.get(task.getId()),
        taskValues.getOrDefault(task.getId(), List.of()))).toList();
    List<Trail.Incident> incidentList = incidents.stream().map(this::incident).toList();

    List<TrailEvent> events = new ArrayList<>();
    events.add(new TrailEvent(Times.of(instance.getStartTime()), instance.getStartActivityId(),
        name(instance.getStartActivityId()), TrailEvent.PROCESS_STARTED, instance.getStartUserId(),
        join(businessKeyAndTool(startValues), VariableValue.summary(startValues)), null));
    activityEvents(events, userTasks, activityValues);
    otherValues.values().forEach(values -> events.add(new TrailEvent(values.get(0).time(), null, null,
        TrailEvent.VARIABLES_SET, null, VariableValue.summary(values), null)));
    for (Trail.Decision decision : decisions) {
      events.add(new TrailEvent(decision.evaluated(), decision.activityId(), name(decision.activityId()),
          TrailEvent.DECISION, null, decisionSummary(decision), null));
    }
    for (Trail.Incident incident : incidentList) {
      events.add(new TrailEvent(incident.created(), incident.activityId(), name(incident.activityId()),
          TrailEvent.INCIDENT_OPENED, null, incident.type() + ": " + incident.message(), null));
      if (incident.ended() != null) {
        events.add(new TrailEvent(incident.ended(), incident.activityId(), name(incident.activityId()),
            "resolved".equals(incident.state()) ? TrailEvent.INCIDENT_RESOLVED : TrailEvent.INCIDENT_DELETED,
            incident.resolvedBy(), incident.type(), null));
      }
    }
    for (Operation operation : operations) {
      // Completions are the "task completed" rows; the start is the "process started" row.
      if (!completions.containsValue(operation) && !operation.isProcessStart()) {
        events.add(new TrailEvent(operation.time(), null, null, TrailEvent.OPERATION, operation.userId(),
            join(operation.summary(), VariableValue.summary(operationValues.getOrDefault(operation.operationId(), List.of()))),
            null));
      }
    }
    for (OutsideCall call : calls) {
      events.add(new TrailEvent(call.time(), call.activityId(), name(call.activityId()), TrailEvent.OUTSIDE_CALL,
          null, null, call.summary()));
    }
    if (instance.getEndTime() != null) {
      events.add(new TrailEvent(Times.of(instance.getEndTime()), instance.getEndActivityId(),
          name(instance.getEndActivityId()), TrailEvent.PROCESS_ENDED, null,
          instance.getState() + (instance.getDeleteReason() == null ? "" : ": " + instance.getDeleteReason()), null));
    }
    // Stable sort: records written in one transaction share a time stamp and keep the order they were added in.
    events.sort(Comparator.comparing(TrailEvent::time, Comparator.nullsLast(Comparator.naturalOrder())));

    return new Trail(InstanceSummary.of(instance, toolKey), activities.stream().map(TrailAssembly::activity).toList(),
        userTasks, decisions, incidentList, calls, events);
  }

  // Start variables are written on the process instance's own scope, by the start operation or without one.
  private boolean isStart(HistoricVariableUpdate update) {
    if (!instance.getId().equals(update.getActivityInstanceId())) {
      return false;
    }
    return update.getUserOperationId() == null ? !update.getTime().after(instance.getStartTime())
        : operations.stream().anyMatch(o -> o.operationId().equals(update.getUserOperationId()) && o.isProcessStart());
  }

  private void activityEvents(List<TrailEvent> events, List<Trail.UserTask> userTasks,
      Map<String, List<VariableValue>> activityValues) {
    Map<String, Trail.UserTask> taskByActivityInstance = new HashMap<>();
    for (int i = 0; i < tasks.size(); i++) {
      taskByActivityInstance.put(tasks.get(i).getActivityInstanceId(), userTasks.get(i));
    }
    for (HistoricActivityInstance activity : activities) {
      Instant start = Times.of(activity.getStartTime());
      events.add(new TrailEvent(start, activity.getActivityId(), activity.getActivityName(),
          TrailEvent.ACTIVITY_STARTED, null, activity.getActivityType(), null));
      if (activity.getEndTime() == null) {
        continue;
      }
      Trail.UserTask task = USER_TASK.equals(activity.getActivityType())
          ? taskByActivityInstance.get(activity.getId()) : null;
      if (task != null && task.completed() != null && !activity.isCanceled()) {
        events.add(new TrailEvent(task.completed(), activity.getActivityId(), activity.getActivityName(),
            TrailEvent.TASK_COMPLETED, task.completedBy(), VariableValue.summary(task.variables()), null));
      } else {
        events.add(new TrailEvent(Times.of(activity.getEndTime()), activity.getActivityId(), activity.getActivityName(),
            activity.isCanceled() ? TrailEvent.ACTIVITY_CANCELED : TrailEvent.ACTIVITY_ENDED, null,
            VariableValue.summary(activityValues.getOrDefault(activity.getId(), List.of())), null));
      }
    }
  }

  private static String join(String first, String second) {
    return first.isEmpty() ? second : second.isEmpty() ? first : first + "; " + second;
  }

  private String businessKeyAndTool(List<VariableValue> startValues) {
    List<String> parts = new ArrayList<>();
    if (instance.getBusinessKey() != null) {
      parts.add("businessKey=" + instance.getBusinessKey());
    }
    if (toolKey != null && startValues.stream().noneMatch(v -> TOOL_KEY.equals(v.name()))) {
      parts.add(TOOL_KEY + "=" + toolKey);
    }
    return String.join("; ", parts);
  }

  private Trail.UserTask userTask(HistoricTaskInstance task, Operation completion, List<VariableValue> values) {
    String completedBy = completion != null ? completion.userId() : task.getEndTime() != null ? task.getAssignee() : null;
    return new Trail.UserTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), completedBy,
        Times.of(task.getStartTime()), Times.of(task.getEndTime()), task.getDeleteReason(), values);
  }

  private Trail.Incident incident(HistoricIncident incident) {
    String state = incident.isResolved() ? "resolved" : incident.isDeleted() ? "deleted" : "open";
    String resolvedBy = null;
    if (incident.getEndTime() != null) {
      // The person who set the job's retries again (Cockpit "retry") is the one who resolved a failed-job incident.
      Instant end = incident.getEndTime().toInstant();
      resolvedBy = operations.stream()
          .filter(o -> o.jobId() != null && o.jobId().equals(incident.getConfiguration()) && o.time() != null)
          .filter(o -> Duration.between(o.time(), end).abs().compareTo(RESOLUTION_WINDOW) <= 0)
          .min(Comparator.comparing(o -> Duration.between(o.time(), end).abs()))
          .map(Operation::userId).orElse(null);
    }
    return new Trail.Incident(incident.getId(), incident.getActivityId(), incident.getIncidentType(),
        incident.getIncidentMessage(), Times.of(incident.getCreateTime()), Times.of(incident.getEndTime()), state,
        resolvedBy);
  }

  private static Trail.Activity activity(HistoricActivityInstance a) {
    return new Trail.Activity(a.getId(), a.getActivityId(), a.getActivityName(), a.getActivityType(),
        a.getExecutionId(), Times.of(a.getStartTime()), Times.of(a.getEndTime()), a.isCanceled());
  }

  private static String decisionSummary(Trail.Decision decision) {
    String inputs = decision.inputs().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
    String outputs = decision.outputs().stream().map(rule -> rule.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "))).collect(Collectors.joining(" | "));
    return (decision.name() == null ? decision.decisionKey() : decision.name()) + ": " + inputs + " → " + outputs;
  }

  private String name(String activityId) {
    return activityId == null ? null : activityNames.getOrDefault(activityId, activityId);
  }
}
