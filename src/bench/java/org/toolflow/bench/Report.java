package org.toolflow.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The results as JSON under the output folder, and as tables on the console. */
final class Report {

  private final Map<String, Object> results;
  private final PrintStream out;

  Report(Map<String, Object> results, PrintStream out) {
    this.results = results;
    this.out = out;
  }

  Path write(Path directory, String name) {
    try {
      Files.createDirectories(directory);
      Path file = directory.resolve(name);
      Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), results);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  void print() {
    Map<String, Object> machine = map(results.get("machine"));
    out.printf("%nToolFlow benchmarks, mode %s, %s%n", results.get("mode"), results.get("finishedAt"));
    out.printf("Machine: %s cores, %s, %s MiB, %s; load average %s at the start, %s at the end%n",
        machine.get("cores"), machine.get("cpuModel"), machine.get("memoryMiB"), machine.get("java"),
        machine.get("loadAverage"), results.get("loadAverageAtEnd"));
    printBareComparison(map(results.get("bareStarterComparison")));
    for (Map<String, Object> run : (List<Map<String, Object>>) results.get("runs")) {
      printRun(run);
    }
  }

  private void printBareComparison(Map<String, Object> comparison) {
    if (comparison.isEmpty()) {
      return;
    }
    out.printf("%n=== ToolFlow beside a bare Camunda starter (H2, same run) ===%n");
    if (comparison.containsKey("error")) {
      out.printf("FAILED: %s%n", comparison.get("error"));
      return;
    }
    Map<String, Object> startup = map(comparison.get("startupMs"));
    out.printf("start-up to health UP, ms: ToolFlow %s, bare %s; ratio of the means %s%n", startup.get("toolflow"),
        startup.get("bare"), comparison.get("startupRatio"));
    Map<String, Object> throughput = map(comparison.get("throughput"));
    for (String app : List.of("toolflow", "bare")) {
      int round = 0;
      for (Object each : (List<?>) throughput.get(app)) {
        Map<String, Object> figures = map(each);
        Map<String, Object> latency = map(figures.get("latency"));
        out.printf("one-task starts, %s clients, %s, round %d: %s/s, p50 %s ms, p95 %s ms, CPU %s s, load %s%n",
            comparison.get("clients"), app, ++round, figures.get("instancesPerSecond"), latency.get("p50Ms"),
            latency.get("p95Ms"), figures.get("cpuSeconds"), figures.get("loadAverage"));
      }
    }
    out.printf("throughput ratio ToolFlow / bare (means of the rounds): %s%n", comparison.get("throughputRatio"));
  }

  private void printRun(Map<String, Object> run) {
    Map<String, Object> database = map(run.get("database"));
    out.printf("%n=== %s %s ===%n", database.get("database"),
        database.getOrDefault("version", database.getOrDefault("server_version", "")));
    if (run.containsKey("error")) {
      out.printf("FAILED: %s%n", run.get("error"));
    }
    Map<String, Object> settings = map(run.get("settings"));
    if (!settings.isEmpty()) {
      out.printf("history %s, pool %s connections, job executor %s-%s threads (queue %s), JVM %s%n",
          settings.get("camunda.bpm.history-level"), settings.get("spring.datasource.hikari.maximum-pool-size"),
          settings.get("camunda.bpm.job-execution.core-pool-size"),
          settings.get("camunda.bpm.job-execution.max-pool-size"),
          settings.get("camunda.bpm.job-execution.queue-capacity"), run.get("serverJvmOptions"));
    }
    printStartup(run);
    printChanges(run);
    printQueries("Tasklist", map(run.get("tasklist")), "openTasksInGroup", "open tasks in the group");
    printQueries("Audit history", map(run.get("history")), "historicInstances", "historic process instances");
  }

  private void printStartup(Map<String, Object> run) {
    Map<String, Object> first = map(run.get("firstStart"));
    Map<String, Object> start = map(run.get("start"));
    Map<String, Object> seeding = map(run.get("seeding"));
    if (!first.isEmpty()) {
      out.printf("start-up, launch to health UP: %s ms on the empty database (Spring: %s s), RSS %s MiB%n",
          first.get("readyMs"), first.get("springReportedSeconds"), map(first.get("memory")).get("rssMiB"));
    }
    if (!seeding.isEmpty()) {
      out.printf("seeding: %s finished instances (%s through the engine in %s s, the rest copied by SQL in %s s), "
          + "%s open tasks in %s s%n", seeding.get("finishedInstances"), seeding.get("finishedThroughEngine"),
          seeding.get("engineSeconds"), seeding.get("copySeconds"), seeding.get("openTasks"),
          seeding.get("openSeconds"));
    }
    if (!start.isEmpty()) {
      out.printf("start-up with the seeded data: %s ms (Spring: %s s), RSS %s MiB; after the run RSS %s MiB (peak %s)%n",
          start.get("readyMs"), start.get("springReportedSeconds"), map(start.get("memory")).get("rssMiB"),
          map(run.get("memoryAfterRun")).get("rssMiB"), map(run.get("memoryAfterRun")).get("peakRssMiB"));
    }
  }

  @SuppressWarnings("unchecked")
  private void printChanges(Map<String, Object> run) {
    List<Map<String, Object>> levels = (List<Map<String, Object>>) run.getOrDefault("changeRequests", List.of());
    if (levels.isEmpty()) {
      return;
    }
    out.printf("%nChange requests end to end (file, assess, approve in the teams and the OMB, release, review)%n");
    out.printf("%7s %6s %7s %9s %9s %9s %8s %8s %8s %8s %8s %8s %8s %6s%n", "clients", "done", "inst/s", "e2e p50",
        "e2e p95", "e2e p99", "HTTP/in", "SQL/in", "commit/in", "SQLms/in", "TF cpu", "DB cpu", "poolwait", "load");
    for (Map<String, Object> level : levels) {
      Map<String, Object> e2e = map(map(level.get("latency")).get(ChangeScenario.END_TO_END));
      Map<String, Object> per = map(level.get("perUnit"));
      out.printf("%7s %6s %7s %9s %9s %9s %8s %8s %8s %8s %8s %8s %8s %6s%n", level.get("clients"),
          level.get("completedInstances"), level.get("instancesPerSecond"), e2e.get("p50Ms"), e2e.get("p95Ms"),
          e2e.get("p99Ms"), per.get("httpRequests"), per.get("statements"), per.get("commits"), per.get("sqlMs"),
          per.get("toolflowCpuMs"), per.get("databaseServerCpuMs"), per.get("poolWaitMs"),
          String.valueOf(level.get("loadAverageAfter")).split(" ")[0]);
    }
    out.printf("(per instance; TF cpu = ToolFlow JVM CPU ms (H2 runs inside it), DB cpu = PostgreSQL processes' CPU ms;"
        + " SQL counted at ToolFlow's JDBC driver; load = the machine's 1-minute load average after the level)%n");
    out.printf("%nLatency per call type, ms p50 / p95 / p99%n%-62s", "call type");
    for (Map<String, Object> level : levels) {
      out.printf(" %20s", level.get("clients") + " client(s)");
    }
    out.println();
    for (String call : ChangeScenario.callOrder()) {
      out.printf("%-62s", call);
      for (Map<String, Object> level : levels) {
        Map<String, Object> l = map(map(level.get("latency")).get(call));
        out.printf(" %20s", l.isEmpty() ? "-" : l.get("p50Ms") + "/" + l.get("p95Ms") + "/" + l.get("p99Ms"));
      }
      out.println();
    }
    Map<String, Object> last = levels.get(levels.size() - 1);
    out.printf("%nWhere the SQL goes at %s client(s), per change request%n", last.get("clients"));
    out.printf("%-62s %8s %9s %9s %9s %9s%n", "call type (or thread)", "requests", "stmts/req", "stmts", "commits",
        "SQL ms");
    map(last.get("sqlByCallType")).forEach((call, value) -> {
      Map<String, Object> row = map(value);
      out.printf("%-62s %8s %9s %9s %9s %9s%n", call, row.get("requestsPerUnit"), row.get("statementsPerRequest"),
          row.get("statementsPerUnit"), row.get("commitsPerUnit"), row.get("sqlMsPerUnit"));
    });
    printTopStatements(last);
  }

  @SuppressWarnings("unchecked")
  private void printTopStatements(Map<String, Object> figures) {
    List<Map<String, Object>> top = (List<Map<String, Object>>) figures.getOrDefault("topStatementsByDatabaseTime",
        List.of());
    if (top.isEmpty()) {
      return;
    }
    out.printf("PostgreSQL's own view (pg_stat_statements), the statements that took the most time:%n");
    out.printf("%8s %9s %8s  %s%n", "calls", "total ms", "mean ms", "statement");
    for (Map<String, Object> row : top.subList(0, Math.min(6, top.size()))) {
      String sql = String.valueOf(row.get("statement"));
      out.printf("%8s %9s %8s  %s%n", row.get("calls"), row.get("totalMs"), row.get("meanMs"),
          sql.length() > 110 ? sql.substring(0, 110) + "…" : sql);
    }
  }

  private void printQueries(String title, Map<String, Object> figures, String sizeKey, String sizeLabel) {
    if (figures.isEmpty()) {
      return;
    }
    out.printf("%n%s: %s %s, %s samples each, ms (load average at the end %s)%n", title, figures.get(sizeKey),
        sizeLabel, figures.get("samplesPerQuery"), figures.get("loadAverage"));
    out.printf("%-62s %8s %8s %8s%n", "query", "p50", "p95", "max");
    map(figures.get("latency")).forEach((call, value) -> {
      Map<String, Object> l = map(value);
      out.printf("%-62s %8s %8s %8s%n", call, l.get("p50Ms"), l.get("p95Ms"), l.get("maxMs"));
    });
    map(figures.get("sqlByCallType")).forEach((call, value) -> {
      Map<String, Object> row = map(value);
      if (!row.get("requests").equals(0L)) {
        out.printf("  SQL of %-53s %s statements, %s ms per request%n", call, row.get("statementsPerRequest"),
            row.get("sqlMsPerRequest"));
      }
    });
    printTopStatements(figures);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }
}
