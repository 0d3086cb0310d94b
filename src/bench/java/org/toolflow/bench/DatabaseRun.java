package org.toolflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything measured on one database: the first start on an empty database, the seeding step, the start with the
 * seeded data, the change scenario at each client count, then Tasklist and the audit history at scale.
 */
final class DatabaseRun {

  /** The settings that bound throughput, as the running ToolFlow resolved them. */
  private static final List<String> SETTINGS = List.of("camunda.bpm.history-level",
      "camunda.bpm.database.jdbc-batch-processing", "camunda.bpm.authorization.enabled",
      "spring.datasource.hikari.maximum-pool-size", "spring.datasource.hikari.minimum-idle",
      "camunda.bpm.job-execution.enabled", "camunda.bpm.job-execution.core-pool-size",
      "camunda.bpm.job-execution.max-pool-size", "camunda.bpm.job-execution.queue-capacity",
      "camunda.bpm.job-execution.max-jobs-per-acquisition", "camunda.bpm.job-execution.wait-time-in-millis",
      "camunda.bpm.job-execution.max-wait", "camunda.bpm.job-execution.deployment-aware",
      "server.tomcat.threads.max");

  private final BenchSettings settings;
  private final BenchDatabase database;
  private final Path directory;

  DatabaseRun(BenchSettings settings, BenchDatabase database, Path directory) {
    this.settings = settings;
    this.database = database;
    this.directory = directory;
  }

  /** Fills {@code result} step by step, so what was measured before a failure is still reported. */
  void run(Map<String, Object> result) {
    result.put("database", database.describe());
    Progress.say(database.name() + ": first start on an empty database");
    try (ServerJvm first = ServerJvm.start(settings, database, directory, "first-start")) {
      result.put("firstStart", first.startup());
    }

    Progress.say(database.name() + ": seeding " + settings.finishedInstances() + " finished instances and "
        + settings.openTasks() + " open tasks");
    result.put("seeding", json(ServerJvm.seed(settings, database, directory, List.of(
        "--bench.tool=" + BenchSettings.TOOL, "--bench.password=" + BenchSettings.PASSWORD,
        "--bench.max-clients=" + settings.maxClients(),
        "--bench.finished-instances=" + settings.finishedInstances(), "--bench.open-tasks=" + settings.openTasks(),
        "--bench.review-group=" + TasklistAtScale.GROUP, "--bench.reviewer=bench-operator"))));

    Progress.say(database.name() + ": start with the seeded data");
    // Without change levels (-Dbench.clients= empty) only the queries are measured, with the job executor off: the
    // seeded tasks' deadline timers would otherwise keep it busy for many minutes, a load of their own.
    boolean queriesOnly = settings.clients().isEmpty();
    try (ServerJvm server = ServerJvm.start(settings, database, directory, "server",
        queriesOnly ? List.of("--camunda.bpm.job-execution.enabled=false") : List.of())) {
      result.put("start", server.startup());
      Api admin = Api.as(server.port(), BenchSettings.ADMIN, new Latencies());
      result.put("settings", resolvedSettings(admin));
      result.put("serverJvmOptions", settings.serverJvmOptions());

      ChangeThroughput changes = new ChangeThroughput(server, database, admin);
      if (!queriesOnly) {
        Progress.say(database.name() + ": warming up");
        changes.warmUp(settings.mode().equals("quick") ? 4 : 10);
      }
      List<Map<String, Object>> levels = new ArrayList<>();
      for (int clients : settings.clients()) {
        Progress.say(database.name() + ": change requests with " + clients + " client(s) for "
            + settings.secondsPerLevel() + " s");
        levels.add(changes.run(clients, Duration.ofSeconds(settings.secondsPerLevel())));
        Progress.say(database.name() + ":   " + levels.get(levels.size() - 1).get("instancesPerSecond")
            + " instances/s");
      }
      result.put("changeRequests", levels);

      Progress.say(database.name() + ": Tasklist at scale");
      result.put("tasklist", new TasklistAtScale(server, database, admin).measure(settings));
      Progress.say(database.name() + ": audit history at scale");
      List<String> changeIds = queriesOnly ? List.<String>of() : changes.finishedInstanceIds();
      result.put("history", new HistoryAtScale(server, database, admin)
          .measure(settings, changeIds.subList(0, Math.min(50, changeIds.size()))));
      result.put("memoryAfterRun", server.memory());
    }
  }

  private static Map<String, Object> resolvedSettings(Api admin) {
    Map<String, Object> resolved = new LinkedHashMap<>();
    for (String name : SETTINGS) {
      Api.Response answer = admin.getAnyStatus("bench: GET /actuator/env", "/actuator/env/" + name);
      JsonNode property = answer.body().path("property");
      resolved.put(name, property.isMissingNode() ? "(default)" : property.path("value").asText());
    }
    return resolved;
  }

  private static JsonNode json(String text) {
    try {
      return Api.JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
