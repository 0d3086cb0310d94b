package org.toolflow.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A node asked to stop fetches no more jobs, so the other nodes take them over at once. Without this, Spring's
 * task executor refuses new work first and Camunda then runs every newly fetched job on its acquisition thread
 * until the engine closes, which can be the whole backlog.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class JobExecutorShutdown implements ApplicationListener<ContextClosedEvent> {

  private final ProcessEngine processEngine;

  JobExecutorShutdown(ProcessEngine processEngine) {
    this.processEngine = processEngine;
  }

  @Override
  public void onApplicationEvent(ContextClosedEvent event) {
    JobExecutor jobExecutor =
        ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getJobExecutor();
    if (jobExecutor != null && jobExecutor.isActive()) {
      // Jobs already running finish; jobs fetched but not started stay locked until their lock expires.
      jobExecutor.shutdown();
    }
  }
}
