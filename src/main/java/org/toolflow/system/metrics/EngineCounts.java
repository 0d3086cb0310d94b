package org.toolflow.system.metrics;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the engine holds, counted with one grouped query per subject on its runtime tables (no authorization
 * checks: these are totals for operations, not anybody's view). Every deployed process appears, with zeros when
 * nothing is open, so a dashboard shows a flat line rather than a gap.
 */
@Component
class EngineCounts {

  static final String NONE = "none";
  // The engine's job executor meters, as the engine writes them to its metric log.
  static final List<String> JOB_EXECUTOR_METERS = List.of(Metrics.JOB_ACQUISITION_ATTEMPT,
      Metrics.JOB_ACQUIRED_SUCCESS, Metrics.JOB_ACQUIRED_FAILURE, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED,
      Metrics.JOB_EXECUTION_REJECTED, Metrics.JOB_LOCKED_EXCLUSIVE);

  private final JdbcClient jdbc;
  private final ManagementService managementService;
  private final Clock clock;

  EngineCounts(JdbcClient jdbc, ManagementService managementService, Clock clock) {
    this.jdbc = jdbc;
    this.managementService = managementService;
    this.clock = clock;
  }

  Set<String> processKeys() {
    return new TreeSet<>(jdbc.sql("SELECT DISTINCT KEY_ FROM ACT_RE_PROCDEF").query(String.class).list());
  }

  /** Open user tasks and the overdue ones, by process and candidate group; a task with several groups counts in each. */
  void tasks(Set<String> processKeys, List<Count> open, List<Count> overdue) {
    Set<String> seen = new TreeSet<>();
    jdbc.sql("SELECT d.KEY_ AS process_key, l.GROUP_ID_ AS group_id, COUNT(*) AS open_tasks, "
        + "SUM(CASE WHEN t.DUE_DATE_ < ? THEN 1 ELSE 0 END) AS overdue_tasks "
        + "FROM ACT_RU_TASK t LEFT JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_ "
        + "LEFT JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate' AND l.GROUP_ID_ IS NOT NULL "
        + "GROUP BY d.KEY_, l.GROUP_ID_").param(now()).query((ResultSet rs) -> {
          String process = orNone(rs.getString("process_key"));
          String group = orNone(rs.getString("group_id"));
          seen.add(process);
          open.add(Count.of(rs.getLong("open_tasks"), "process", process, "candidate_group", group));
          overdue.add(Count.of(rs.getLong("overdue_tasks"), "process", process, "candidate_group", group));
        });
    for (String process : processKeys) {
      if (!seen.contains(process)) {
        open.add(Count.of(0, "process", process, "candidate_group", NONE));
        overdue.add(Count.of(0, "process", process, "candidate_group", NONE));
      }
    }
  }

  /** Open incidents by process. */
  List<Count> incidents(Set<String> processKeys) {
    List<Count> counts = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    jdbc.sql("SELECT d.KEY_ AS process_key, COUNT(*) AS n FROM ACT_RU_INCIDENT i "
        + "LEFT JOIN ACT_RE_PROCDEF d ON d.ID_ = i.PROC_DEF_ID_ GROUP BY d.KEY_").query((ResultSet rs) -> {
          String process = orNone(rs.getString("process_key"));
          seen.add(process);
          counts.add(Count.of(rs.getLong("n"), "process", process));
        });
    processKeys.stream().filter(process -> !seen.contains(process))
        .forEach(process -> counts.add(Count.of(0, "process", process)));
    return counts;
  }

  /**
   * Jobs by process and state: {@code due} (active, retries left, due now), {@code retrying} (failed at least once,
   * retries left) and {@code failed} (no retries left: an incident).
   */
  List<Count> jobs(Set<String> processKeys) {
    List<Count> counts = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    jdbc.sql("SELECT PROCESS_DEF_KEY_ AS process_key, "
        + "SUM(CASE WHEN RETRIES_ > 0 AND SUSPENSION_STATE_ = 1 AND (DUEDATE_ IS NULL OR DUEDATE_ <= ?) "
        + "THEN 1 ELSE 0 END) AS due, "
        + "SUM(CASE WHEN RETRIES_ > 0 AND EXCEPTION_MSG_ IS NOT NULL THEN 1 ELSE 0 END) AS retrying, "
        + "SUM(CASE WHEN RETRIES_ = 0 THEN 1 ELSE 0 END) AS failed "
        + "FROM ACT_RU_JOB GROUP BY PROCESS_DEF_KEY_").param(now()).query((ResultSet rs) -> {
          String process = orNone(rs.getString("process_key"));
          seen.add(process);
          for (String state : List.of("due", "retrying", "failed")) {
            counts.add(Count.of(rs.getLong(state), "process", process, "state", state));
          }
        });
    processKeys.stream().filter(process -> !seen.contains(process)).forEach(process -> {
      for (String state : List.of("due", "retrying", "failed")) {
        counts.add(Count.of(0, "process", process, "state", state));
      }
    });
    return counts;
  }

  /** The job executor's meters summed over every node, as far as the engine has written them to its metric log. */
  List<Count> jobExecutorEvents() {
    return JOB_EXECUTOR_METERS.stream()
        .map(meter -> Count.of(managementService.createMetricsQuery().name(meter).sum(), "event", meter))
        .toList();
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  private static String orNone(String value) {
    return value == null ? NONE : value;
  }
}
