package org.toolflow.bench;

import ch.qos.logback.classic.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * The benchmark run behind {@code ./mvnw -Pbench verify}: each database in turn, ToolFlow's jar in a JVM of its own,
 * driven over HTTP on localhost. It prints figures and never fails on them; it fails only when ToolFlow does.
 */
public final class Bench {

  private Bench() {
  }

  public static void main(String[] args) throws Exception {
    // The embedded PostgreSQL narrates initdb line by line; the console is for figures.
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("io.zonky")).setLevel(Level.WARN);
    BenchSettings settings = BenchSettings.fromSystemProperties();
    String stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(":", "");
    Path directory = settings.output().resolve("run-" + stamp);
    Files.createDirectories(directory);
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("mode", settings.mode());
    results.put("startedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    results.put("machine", Machine.describe());
    results.put("sizes", Map.of("clients", settings.clients(), "secondsPerLevel", settings.secondsPerLevel(),
        "openTasks", settings.openTasks(), "finishedInstances", settings.finishedInstances(),
        "querySamples", settings.querySamples(), "queryBudgetSeconds", settings.queryBudgetSeconds(),
        "crashChanges", settings.crashChanges()));
    List<Map<String, Object>> runs = new ArrayList<>();
    results.put("runs", runs);
    boolean failed = false;
    if (Boolean.parseBoolean(System.getProperty("bench.compare-bare", "true"))) {
      Path comparison = directory.resolve("bare-starter-comparison");
      Files.createDirectories(comparison);
      try {
        results.put("bareStarterComparison", new StarterComparison(settings, comparison)
            .run(8, settings.mode().equals("quick") ? 2 : 3));
      } catch (RuntimeException e) {
        failed = true;
        e.printStackTrace();
        results.put("bareStarterComparison", Map.of("error", String.valueOf(e.getMessage())));
      }
      new Report(results, System.out).write(settings.output(), "results-" + stamp + ".json");
    }
    for (String name : settings.databases()) {
      Path databaseDirectory = directory.resolve(name);
      Files.createDirectories(databaseDirectory);
      Map<String, Object> run = new LinkedHashMap<>(Map.of("database", Map.of("database", name)));
      runs.add(run);
      try (BenchDatabase database = BenchDatabase.create(name, databaseDirectory)) {
        if (settings.crashOnly()) {
          new KillRecovery(settings, database, databaseDirectory).run(run);
        } else {
          new DatabaseRun(settings, database, databaseDirectory).run(run);
        }
      } catch (RuntimeException e) {
        failed = true;
        e.printStackTrace();
        run.put("error", String.valueOf(e.getMessage()));
      }
      // What is measured so far survives a run cut short.
      new Report(results, System.out).write(settings.output(), "results-" + stamp + ".json");
    }
    results.put("finishedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    results.put("loadAverageAtEnd", Machine.loadAverage());
    Report report = new Report(results, System.out);
    Path json = report.write(settings.output(), "results-" + stamp + ".json");
    Files.copy(json, settings.output().resolve("latest.json"), StandardCopyOption.REPLACE_EXISTING);
    if (settings.crashOnly()) {
      runs.forEach(run -> Progress.say("kill -9 on " + run.get("database") + ": " + run.get("killRecovery")
          + (run.containsKey("error") ? " error: " + run.get("error") : "")));
    } else {
      report.print();
    }
    Progress.say("results: " + json + " (logs of every JVM in " + directory + ")");
    if (failed) {
      System.exit(1);
    }
  }
}
