package org.toolflow.bench.server;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import javax.sql.DataSource;
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
 * Finished instances and open tasks of the one-task process {@code bench-review}. A template of finished instances
 * runs through the engine's Java API, in batches of one transaction each (started, then completed by the reviewer;
 * their runtime rows come and go within the batch, their history rows are the engine's own), spread over the first
 * slice of the past year; {@link HistoryCopies} then copies them by SQL into the following slices up to the number
 * wanted. Open tasks are all started through the engine.
 */
final class ScaleSeed {

  static final String PROCESS = "bench-review";
  private static final int BATCH = 250;
  private static final int TOOLS = 20;
  private static final long YEAR_MINUTES = 365L * 24 * 60;

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final CommandExecutor transaction;
  private final Environment environment;
  private final HistoryCopies copies;

  ScaleSeed(ProcessEngine engine, Environment environment, DataSource dataSource) {
    this.runtimeService = engine.getRuntimeService();
    this.taskService = engine.getTaskService();
    this.identityService = engine.getIdentityService();
    this.transaction = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    this.environment = environment;
    this.copies = new HistoryCopies(dataSource);
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      engine.getRepositoryService().createDeployment().name("bench")
          .addClasspathResource("org/toolflow/bench/server/bench-review.bpmn").deploy();
    }
  }

  void seed(Map<String, Object> report) throws SQLException {
    int wanted = environment.getProperty("bench.finished-instances", Integer.class, 0);
    int template = Math.min(wanted, environment.getProperty("bench.template-instances", Integer.class, 1000));
    int slices = template == 0 ? 0 : (wanted + template - 1) / template;
    long sliceMinutes = slices == 0 ? 0 : YEAR_MINUTES / slices;
    int open = environment.getProperty("bench.open-tasks", Integer.class, 0);
    String group = environment.getRequiredProperty("bench.review-group");
    String reviewer = environment.getRequiredProperty("bench.reviewer");
    Instant now = Instant.now();
    try {
      long started = System.nanoTime();
      for (int from = 0; from < template; from += BATCH) {
        int first = from;
        int last = Math.min(template, from + BATCH);
        transaction.execute(context -> {
          // The reviewer is named in the history; the authorization was written in this same, unflushed batch.
          context.disableAuthorizationCheck();
          for (int i = first; i < last; i++) {
            Instant start = now.minus(Duration.ofDays(365)).plus(Duration.ofMinutes(sliceMinutes * i / template));
            startAndComplete(context, i, start, group, reviewer);
          }
          return null;
        });
      }
      report.put("finishedThroughEngine", template);
      report.put("engineSeconds", seconds(started));
      started = System.nanoTime();
      report.put("copiedRows", copies.copy(PROCESS, slices - 1, sliceMinutes));
      report.put("finishedInstances", template * slices);
      report.put("copySeconds", seconds(started));
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
      started = System.nanoTime();
      copies.analyze();
      report.put("analyzeSeconds", seconds(started));
    } finally {
      ClockUtil.reset();
      identityService.clearAuthentication();
    }
  }

  // Each one open between one hour and five days.
  private void startAndComplete(CommandContext context, int i, Instant start, String group, String reviewer) {
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
