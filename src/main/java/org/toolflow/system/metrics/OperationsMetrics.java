package org.toolflow.system.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeRecords;
import org.toolflow.release.ReleaseRecords;

/**
 * The numbers an operations team watches, served by {@code /actuator/prometheus}. Counting needs queries, so one
 * scheduled refresher counts everything every {@code toolflow.metrics.refresh-interval} and the gauges only read
 * that snapshot: a scrape never queries the database.
 */
@Component
public class OperationsMetrics {

  static final String OPEN_TASKS = "toolflow.tasks.open";
  static final String OVERDUE_TASKS = "toolflow.tasks.overdue";
  static final String INCIDENTS = "toolflow.incidents.open";
  static final String JOBS = "toolflow.jobs";
  static final String JOB_EXECUTOR_EVENTS = "toolflow.job.executor.events";
  static final String CHANGES = "toolflow.changes";
  static final String RELEASES = "toolflow.releases";

  private static final Logger LOG = LoggerFactory.getLogger(OperationsMetrics.class);
  private static final Map<String, String> DESCRIPTIONS = descriptions();

  private final EngineCounts engine;
  private final ChangeRecords changes;
  private final ReleaseRecords releases;
  private final Clock clock;
  private final Map<String, MultiGauge> gauges = new LinkedHashMap<>();
  private final AtomicLong refreshedAt = new AtomicLong();
  private final ProcessEngine processEngine;

  OperationsMetrics(EngineCounts engine, ChangeRecords changes, ReleaseRecords releases, Clock clock,
      ProcessEngine processEngine, MeterRegistry registry) {
    this.engine = engine;
    this.changes = changes;
    this.releases = releases;
    this.clock = clock;
    this.processEngine = processEngine;
    DESCRIPTIONS.forEach((name, description) ->
        gauges.put(name, MultiGauge.builder(name).description(description).register(registry)));
    Gauge.builder("toolflow.metrics.refreshed", refreshedAt, AtomicLong::get).baseUnit("seconds")
        .description("When the operations counts were last refreshed, in epoch seconds of the engine clock")
        .register(registry);
    Gauge.builder("toolflow.job.executor.active", this, OperationsMetrics::jobExecutorActive)
        .description("1 when this node's job executor is running").register(registry);
  }

  /** Counts everything once and hands the snapshot to the gauges; a failed count keeps the previous snapshot. */
  @Scheduled(fixedDelayString = "${toolflow.metrics.refresh-interval:PT30S}", initialDelay = 0)
  public synchronized void refresh() {
    try {
      Map<String, List<Count>> snapshot = snapshot();
      snapshot.forEach((name, counts) -> gauges.get(name).register(counts.stream()
          .map(count -> MultiGauge.Row.of(count.tags(), count.value())).toList(), true));
      refreshedAt.set(clock.instant().getEpochSecond());
    } catch (RuntimeException e) {
      LOG.warn("Could not refresh the operations metrics; serving the previous counts", e);
    }
  }

  private Map<String, List<Count>> snapshot() {
    Set<String> processKeys = engine.processKeys();
    List<Count> open = new ArrayList<>();
    List<Count> overdue = new ArrayList<>();
    engine.tasks(processKeys, open, overdue);
    Map<String, List<Count>> snapshot = new LinkedHashMap<>();
    snapshot.put(OPEN_TASKS, open);
    snapshot.put(OVERDUE_TASKS, overdue);
    snapshot.put(INCIDENTS, engine.incidents(processKeys));
    snapshot.put(JOBS, engine.jobs(processKeys));
    snapshot.put(JOB_EXECUTOR_EVENTS, engine.jobExecutorEvents());
    snapshot.put(CHANGES, changes.countByStatus().entrySet().stream()
        .map(entry -> Count.of(entry.getValue(), "status", entry.getKey().name().toLowerCase())).toList());
    snapshot.put(RELEASES, releases.countByStatus().entrySet().stream()
        .map(entry -> Count.of(entry.getValue(), "status", entry.getKey().name().toLowerCase())).toList());
    return snapshot;
  }

  private double jobExecutorActive() {
    JobExecutor executor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getJobExecutor();
    return executor != null && executor.isActive() ? 1 : 0;
  }

  private static Map<String, String> descriptions() {
    Map<String, String> descriptions = new LinkedHashMap<>();
    descriptions.put(OPEN_TASKS, "Open user tasks by process and candidate group");
    descriptions.put(OVERDUE_TASKS, "Open user tasks past their due date by process and candidate group");
    descriptions.put(INCIDENTS, "Open incidents by process");
    descriptions.put(JOBS, "Jobs by process and state (due, retrying, failed)");
    descriptions.put(JOB_EXECUTOR_EVENTS, "Job executor events of every node, as written to the engine's metric log");
    descriptions.put(CHANGES, "Change requests by status");
    descriptions.put(RELEASES, "Releases by status");
    return descriptions;
  }
}
