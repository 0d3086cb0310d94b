package org.toolflow.system.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.springframework.stereotype.Component;
import org.toolflow.security.AsSystem;

/**
 * Every new user task: someone can act on it ({@link NobodyToAsk}); it is due when its model says (EGI's own
 * deadlines) or else when the task-deadlines table says; its people are reminded before and EGI Operations is
 * asked when it is overdue, unless its model already watches the deadline with a timer of its own.
 */
@Component
class TaskOnCreate implements TaskListener {

  static final String PRIORITY = "priority";

  private final NobodyToAsk nobodyToAsk;
  private final TaskDeadlineTable table;
  private final TaskDeadlineJobs jobs;
  private final Clock clock;
  private final AsSystem asSystem;

  TaskOnCreate(NobodyToAsk nobodyToAsk, TaskDeadlineTable table, TaskDeadlineJobs jobs, Clock clock,
      AsSystem asSystem) {
    this.asSystem = asSystem;
    this.nobodyToAsk = nobodyToAsk;
    this.table = table;
    this.jobs = jobs;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    nobodyToAsk.offerToFallbackWhenNobodyCanAct(task);
    Instant now = clock.instant();
    if (task.getDueDate() == null) {
      Duration allowed = asSystem.call(() -> table.allowed(Context.getProcessEngineConfiguration().getDecisionService(),
          processKey(task), task.getTaskDefinitionKey(), task.getVariable(PRIORITY)));
      task.setDueDate(Date.from(table.dueAfter(now, allowed)));
    }
    Instant due = task.getDueDate().toInstant();
    if (!modelWatchesDeadline(task) && due.isAfter(now)) {
      jobs.schedule(task, table.reminderBefore(now, due), due);
    }
  }

  private static String processKey(DelegateTask task) {
    return ((TaskEntity) task).getProcessDefinition().getKey();
  }

  // A boundary timer or a timeout listener on the task: the model's own reminder or escalation is kept alone.
  private static boolean modelWatchesDeadline(DelegateTask task) {
    ExecutionEntity execution = ((TaskEntity) task).getExecution();
    ActivityImpl activity = execution == null ? null : execution.getActivity();
    return activity != null && (!TimerDeclarationImpl.getDeclarationsForScope(activity).isEmpty()
        || !TimerDeclarationImpl.getTimeoutListenerDeclarationsForScope(activity).isEmpty());
  }
}
