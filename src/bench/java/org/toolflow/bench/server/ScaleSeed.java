package org.toolflow.bench.server;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.core.env.Environment;

/**
 * Open tasks and finished instances of the one-task process {@code bench-review}, through the engine's Java API.
 * Each batch is one transaction: an instance started and completed in it writes the same history rows as one
 * completed later, while its short-lived runtime rows never reach the database; that is what makes 100,000 fast.
 */
final class ScaleSeed {

  static final String PROCESS = "bench-review";
  private static final int BATCH = 250;
  private static final int TOOLS = 20;

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final CommandExecutor transaction;
  private final Environment environment;

  ScaleSeed(ProcessEngine engine, Environment environment) {
    this.runtimeService = engine.getRuntimeService();
    this.taskService = engine.getTaskService();
    this.identityService = engine.getIdentityService();
    this.transaction = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    this.environment = environment;
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      engine.getRepositoryService().createDeployment().name("bench")
          .addClasspathResource("org/toolflow/bench/server/bench-review.bpmn").deploy();
    }
  }

  void seed(Map<String, Object> report) {
    int finished = environment.getProperty("bench.finished-instances", Integer.class, 0);
    int open = environment.getProperty("bench.open-tasks", Integer.class, 0);
    String group = environment.getRequiredProperty("bench.review-group");
    String reviewer = environment.getRequiredProperty("bench.reviewer");
    Instant now = Instant.now();
    try {
      long started = System.nanoTime();
      for (int from = 0; from < finished; from += BATCH) {
        int first = from;
        int last = Math.min(finished, from + BATCH);
        transaction.execute(context -> {
          // The reviewer is named in the history; the authorization was written in this same, unflushed batch.
          context.disableAuthorizationCheck();
          for (int i = first; i < last; i++) {
            startAndComplete(context, i, finished, now, group, reviewer);
          }
          return null;
        });
      }
      report.put("finishedInstances", finished);
      report.put("finishedSeconds", seconds(started));
      started = System.nanoTime();
      for (int from = 0; from < open; from += BATCH) {
        int first = from;
        int last = Math.min(open, from + BATCH);
        transaction.execute(context -> {
          for (int i = first; i < last; i++) {
            ClockUtil.setCurrentTime(Date.from(now.minus(Duration.ofMinutes(30L * 24 * 60 * (open - i) / open))));
            runtimeService.startProcessInstanceByKey(PROCESS, "BENCH-OPEN-%06d".formatted(i), variables(i, group));
          }
          return null;
        });
      }
      report.put("openTasks", open);
      report.put("openSeconds", seconds(started));
    } finally {
      ClockUtil.reset();
      identityService.clearAuthentication();
    }
  }

  // Spread over the past year, each one open between one hour and five days.
  private void startAndComplete(CommandContext context, int i, int count, Instant now, String group, String reviewer) {
    Instant start = now.minus(Duration.ofDays(365)).plus(Duration.ofMinutes(365L * 24 * 60 * i / count));
    ClockUtil.setCurrentTime(Date.from(start));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS, "BENCH-%06d".formatted(i),
        variables(i, group));
    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(60 + (i * 7919L) % (5 * 24 * 60)))));
    identityService.setAuthenticatedUserId(reviewer);
    for (TaskEntity task : context.getDbEntityManager().getCachedEntitiesByType(TaskEntity.class)) {
      if (instance.getId().equals(task.getProcessInstanceId())) {
        taskService.complete(task.getId(), Map.of("decision", i % 10 == 0 ? "rejected" : "accepted"));
      }
    }
    identityService.clearAuthentication();
  }

  private static Map<String, Object> variables(int i, String group) {
    return Map.of("reviewGroup", group, "toolKey", "bench-tool-%02d".formatted(i % TOOLS),
        "title", "Benchmark item " + i);
  }

  private static double seconds(long startedNanos) {
    return Math.round((System.nanoTime() - startedNanos) / 1e7) / 100.0;
  }
}
