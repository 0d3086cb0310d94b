package org.toolflow.integration.journal;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * A job that found its action held by another execution ({@link ActionInProgressException}) runs again just after
 * the holder's lease ends, and spends no retry: nothing failed, and the task's retry cycle (ten minutes in the
 * models) would only delay the step. Every other failure keeps the engine's retry cycle.
 */
@Component
class WaitForTheHolder extends AbstractProcessEnginePlugin {

  // The holder's lease ends with its job lock; a little later its job is free, or its answer recorded.
  private static final Duration AFTER_THE_LEASE = Duration.ofSeconds(1);

  private final Clock clock;

  WaitForTheHolder(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    var retryCycle = configuration.getFailedJobCommandFactory();
    configuration.setFailedJobCommandFactory((jobId, exception) -> {
      ActionInProgressException held = held(exception);
      return held == null ? retryCycle.getCommand(jobId, exception) : new RunAfterTheLease(jobId, held, clock);
    });
  }

  private static ActionInProgressException held(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof ActionInProgressException held) {
        return held;
      }
    }
    return null;
  }

  /** Records the failure like the retry cycle does, keeps the retries, and sets the due date after the lease. */
  static class RunAfterTheLease extends JobRetryCmd {

    private final ActionInProgressException held;
    private final Clock clock;

    RunAfterTheLease(String jobId, ActionInProgressException held, Clock clock) {
      super(jobId, held);
      this.held = held;
      this.clock = clock;
    }

    @Override
    public Object execute(CommandContext commandContext) {
      JobEntity job = getJob();
      if (job != null) {
        job.unlock();
        logException(job);
        Date now = Date.from(clock.instant());
        Date leaseEnd = held.heldUntil() == null ? now : Date.from(held.heldUntil().toInstant().plus(AFTER_THE_LEASE));
        job.setDuedate(leaseEnd.after(now) ? leaseEnd : now);
        notifyAcquisition(commandContext);
      }
      return null;
    }
  }
}
