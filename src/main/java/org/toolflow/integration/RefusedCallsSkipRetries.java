package org.toolflow.integration;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * A job failing because an outside system refused the request ({@link RemoteRefusedException}) becomes an
 * incident at once: the same request would be refused again, so waiting through the retry cycle only delays
 * the person who must fix it. Every other failure keeps the engine's retry cycle.
 */
@Component
class RefusedCallsSkipRetries extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    FailedJobCommandFactory retryCycle = configuration.getFailedJobCommandFactory();
    configuration.setFailedJobCommandFactory((jobId, exception) -> refused(exception)
        ? new FailWithoutRetries(jobId, exception) : retryCycle.getCommand(jobId, exception));
  }

  private static boolean refused(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof RemoteRefusedException) {
        return true;
      }
    }
    return false;
  }

  /** Records the failure like the retry cycle does, then sets the retries to 0, which opens the incident. */
  static class FailWithoutRetries extends JobRetryCmd {

    FailWithoutRetries(String jobId, Throwable exception) {
      super(jobId, exception);
    }

    @Override
    public Object execute(CommandContext commandContext) {
      JobEntity job = getJob();
      if (job != null) {
        job.unlock();
        logException(job);
        job.setRetries(0);
        notifyAcquisition(commandContext);
      }
      return null;
    }
  }
}
