package org.toolflow.system.tasks;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.springframework.stereotype.Component;

/**
 * The reminder and the escalation of one user task, as two timer jobs of the engine (the job executor fires them,
 * on whichever node, with its retries). They name the task, not its execution, so that the process's own jobs stay
 * as its model draws them; a job whose task is gone does nothing, and completing or deleting a task removes them.
 */
@Component
class TaskDeadlineJobs {

  static final String TYPE = "toolflow-task-deadline";

  enum Kind { REMINDER, ESCALATION }

  private final TaskDeadlineActions actions;

  TaskDeadlineJobs(TaskDeadlineActions actions) {
    this.actions = actions;
  }

  void schedule(DelegateTask task, Instant reminderAt, Instant escalationAt) {
    schedule(task, Kind.REMINDER, reminderAt);
    schedule(task, Kind.ESCALATION, escalationAt);
  }

  void cancel(DelegateTask task) {
    CommandContext commandContext = Context.getCommandContext();
    for (Kind kind : Kind.values()) {
      commandContext.getJobManager().findJobsByConfiguration(TYPE, new Deadline(kind, task.getId()).toCanonicalString(),
          task.getTenantId()).forEach(JobEntity::delete);
    }
  }

  JobHandler<Deadline> handler() {
    return new Handler();
  }

  private static void schedule(DelegateTask task, Kind kind, Instant at) {
    TimerEntity timer = new TimerEntity();
    timer.setJobHandlerType(TYPE);
    timer.setJobHandlerConfiguration(new Deadline(kind, task.getId()));
    timer.setDuedate(Date.from(at));
    timer.setTenantId(task.getTenantId());
    timer.setRetries(3);
    Context.getCommandContext().getJobManager().schedule(timer);
  }

  record Deadline(Kind kind, String taskId) implements JobHandlerConfiguration {

    static Deadline parse(String canonical) {
      int colon = canonical.indexOf(':');
      return new Deadline(Kind.valueOf(canonical.substring(0, colon)), canonical.substring(colon + 1));
    }

    @Override
    public String toCanonicalString() {
      return kind.name() + ":" + taskId;
    }
  }

  private final class Handler implements JobHandler<Deadline> {

    @Override
    public String getType() {
      return TYPE;
    }

    @Override
    public void execute(Deadline deadline, ExecutionEntity none, CommandContext commandContext, String tenantId) {
      TaskEntity task = commandContext.getTaskManager().findTaskById(deadline.taskId());
      if (task == null) {
        return;
      }
      if (deadline.kind() == Kind.REMINDER) {
        actions.remind(task);
      } else {
        actions.escalate(task);
      }
    }

    @Override
    public Deadline newConfiguration(String canonicalString) {
      return Deadline.parse(canonicalString);
    }

    @Override
    public void onDelete(Deadline deadline, JobEntity job) {
      // nothing was set aside for the job
    }
  }
}
