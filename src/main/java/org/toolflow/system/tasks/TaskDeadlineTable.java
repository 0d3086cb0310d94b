package org.toolflow.system.tasks;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;
import org.toolflow.incident.WorkingHours;

/**
 * The decision {@code task-deadlines} (processes/task-deadlines.dmn, the process owners edit it): how much working
 * time a user task may stay open, by process, task and priority; counted on the support desk's working hours.
 */
@Component
class TaskDeadlineTable {

  static final String DECISION = "task-deadlines";
  static final String PROCESS = "processDefinitionKey";
  static final String TASK = "taskDefinitionKey";
  static final String PRIORITY = "priority";
  static final String WORKING_DAYS = "workingDays";
  static final String WORKING_HOURS = "workingHours";

  private final WorkingHours workingHours;

  TaskDeadlineTable(WorkingHours workingHours) {
    this.workingHours = workingHours;
  }

  /** The working time the table gives the task; refuses a table that matches nothing or gives no time. */
  Duration allowed(DecisionService decisions, String processKey, String taskKey, Object priority) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(PROCESS, processKey);
    inputs.put(TASK, taskKey);
    inputs.put(PRIORITY, priority == null ? null : String.valueOf(priority));
    DmnDecisionRuleResult rule = decisions.evaluateDecisionTableByKey(DECISION, inputs).getFirstResult();
    Number days = rule == null ? null : (Number) rule.getEntryMap().get(WORKING_DAYS);
    Number hours = rule == null ? null : (Number) rule.getEntryMap().get(WORKING_HOURS);
    if (days == null && hours == null) {
      throw new IllegalStateException("the decision " + DECISION + " gives no working days or hours for task "
          + taskKey + " of " + processKey + "; give its last rule a default");
    }
    return days != null ? workingHours.day().multipliedBy(days.longValue()) : Duration.ofHours(hours.longValue());
  }

  Instant dueAfter(Instant start, Duration allowed) {
    return workingHours.plus(start, allowed);
  }

  /** One working day before it is due, or half way when the task has less than two working days. */
  Instant reminderBefore(Instant start, Instant due) {
    Duration open = workingHours.between(start, due);
    Duration lead = open.compareTo(workingHours.day().multipliedBy(2)) < 0 ? open.dividedBy(2) : workingHours.day();
    return workingHours.plus(start, open.minus(lead));
  }
}
