package org.toolflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything counted at one moment: ToolFlow's SQL per call type, the database's own counters, CPU time of ToolFlow,
 * the database server and this client, the pool's waiting and the garbage collector's pauses. Two snapshots make
 * the figures of what ran between them.
 */
final class Snapshot {

  private final long nanos = System.nanoTime();
  private final Map<String, Map<String, Long>> sql = new TreeMap<>();
  private final Map<String, Long> databaseCounters;
  private final Map<String, double[]> statementTimes;
  private final Duration serverCpu;
  private final Duration databaseCpu;
  private final Duration clientCpu;
  private final Map<String, Double> meters = new HashMap<>();

  private Snapshot(Api admin, ServerJvm server, BenchDatabase database) {
    JsonNode counts = admin.get("bench: GET /actuator/benchsql", "/actuator/benchsql");
    counts.fields().forEachRemaining(bucket -> {
      Map<String, Long> values = new TreeMap<>();
      bucket.getValue().fields().forEachRemaining(value -> values.put(value.getKey(), value.getValue().asLong()));
      sql.put(bucket.getKey(), values);
    });
    databaseCounters = database.serverCounters();
    statementTimes = database.statementTimes();
    serverCpu = server.cpu();
    databaseCpu = database.serverCpu();
    clientCpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    for (String meter : List.of("hikaricp.connections.acquire", "hikaricp.connections.usage", "jvm.gc.pause")) {
      Api.Response answer = admin.getAnyStatus("bench: GET /actuator/metrics", "/actuator/metrics/" + meter);
      for (JsonNode measurement : answer.body().path("measurements")) {
        meters.put(meter + "." + measurement.path("statistic").asText(), measurement.path("value").asDouble());
      }
    }
  }

  static Snapshot take(Api admin, ServerJvm server, BenchDatabase database) {
    return new Snapshot(admin, server, database);
  }

  double secondsSince(Snapshot before) {
    return (nanos - before.nanos) / 1e9;
  }

  /** Totals between the two snapshots, and per unit of work ({@code units}: instances, or queries). */
  Map<String, Object> since(Snapshot before, int units) {
    Map<String, Object> figures = new LinkedHashMap<>();
    Map<String, Long> total = new TreeMap<>();
    Map<String, Map<String, Object>> byCall = new TreeMap<>();
    sql.forEach((bucket, after) -> {
      Map<String, Long> earlier = before.sql.getOrDefault(bucket, Map.of());
      Map<String, Long> delta = new TreeMap<>();
      after.forEach((name, value) -> delta.put(name, value - earlier.getOrDefault(name, 0L)));
      if (delta.values().stream().anyMatch(v -> v != 0) && !bucket.contains("/actuator/")) {
        delta.forEach((name, value) -> total.merge(name, value, Long::sum));
        byCall.put(bucket, perRequest(delta, units));
      }
    });
    figures.put("perUnit", perUnit(total, before, units));
    figures.put("sqlByCallType", byCall);
    Map<String, Long> database = new LinkedHashMap<>();
    databaseCounters.forEach((name, value) -> database.put(name, value - before.databaseCounters.getOrDefault(name, 0L)));
    if (!database.isEmpty()) {
      figures.put("databaseServerCounters", database);
    }
    if (!statementTimes.isEmpty()) {
      figures.put("topStatementsByDatabaseTime", topStatements(before));
    }
    return figures;
  }

  private Map<String, Object> perUnit(Map<String, Long> sql, Snapshot before, int units) {
    Map<String, Object> per = new LinkedHashMap<>();
    double n = Math.max(1, units);
    per.put("httpRequests", round(sql.getOrDefault("requests", 0L) / n));
    for (String name : List.of("statements", "select", "insert", "update", "delete", "roundTrips", "commits",
        "rollbacks")) {
      per.put(name, round(sql.getOrDefault(name, 0L) / n));
    }
    per.put("sqlMs", round(sql.getOrDefault("sqlMicros", 0L) / 1000.0 / n));
    per.put("commitMs", round(sql.getOrDefault("commitMicros", 0L) / 1000.0 / n));
    per.put("toolflowCpuMs", round(serverCpu.minus(before.serverCpu).toNanos() / 1e6 / n));
    per.put("databaseServerCpuMs", round(databaseCpu.minus(before.databaseCpu).toNanos() / 1e6 / n));
    per.put("benchClientCpuMs", round(clientCpu.minus(before.clientCpu).toNanos() / 1e6 / n));
    per.put("poolWaitMs", round(meterDelta(before, "hikaricp.connections.acquire.TOTAL_TIME") * 1000 / n));
    per.put("connectionHeldMs", round(meterDelta(before, "hikaricp.connections.usage.TOTAL_TIME") * 1000 / n));
    per.put("gcPauseMs", round(meterDelta(before, "jvm.gc.pause.TOTAL_TIME") * 1000 / n));
    if (!databaseCounters.isEmpty()) {
      databaseCounters.forEach((name, value) ->
          per.put("database." + name, round((value - before.databaseCounters.getOrDefault(name, 0L)) / n)));
    }
    return per;
  }

  /** Per request of the call type (where there are requests) and per unit of work, so background work shows too. */
  private static Map<String, Object> perRequest(Map<String, Long> delta, int units) {
    Map<String, Object> per = new LinkedHashMap<>();
    long requests = delta.getOrDefault("requests", 0L);
    per.put("requests", requests);
    double n = Math.max(1, requests);
    double u = Math.max(1, units);
    per.put("statementsPerRequest", round(delta.getOrDefault("statements", 0L) / n));
    per.put("commitsPerRequest", round(delta.getOrDefault("commits", 0L) / n));
    per.put("sqlMsPerRequest", round(delta.getOrDefault("sqlMicros", 0L) / 1000.0 / n));
    per.put("requestsPerUnit", round(requests / u));
    per.put("statementsPerUnit", round(delta.getOrDefault("statements", 0L) / u));
    per.put("commitsPerUnit", round(delta.getOrDefault("commits", 0L) / u));
    per.put("sqlMsPerUnit", round(delta.getOrDefault("sqlMicros", 0L) / 1000.0 / u));
    per.put("commitMsPerUnit", round(delta.getOrDefault("commitMicros", 0L) / 1000.0 / u));
    per.put("totals", delta);
    return per;
  }

  private List<Map<String, Object>> topStatements(Snapshot before) {
    return statementTimes.entrySet().stream()
        .map(e -> {
          double[] earlier = before.statementTimes.getOrDefault(e.getKey(), new double[2]);
          return Map.entry(e.getKey(), new double[] {e.getValue()[0] - earlier[0], e.getValue()[1] - earlier[1]});
        })
        .filter(e -> e.getValue()[0] > 0)
        .sorted((a, b) -> Double.compare(b.getValue()[1], a.getValue()[1]))
        .limit(10)
        .map(e -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("calls", (long) e.getValue()[0]);
          row.put("totalMs", round(e.getValue()[1]));
          row.put("meanMs", round(e.getValue()[1] / e.getValue()[0]));
          String sql = e.getKey().replaceAll("\\s+", " ").trim();
          row.put("statement", sql.length() > 160 ? sql.substring(0, 160) + "…" : sql);
          return row;
        })
        .toList();
  }

  private double meterDelta(Snapshot before, String name) {
    return meters.getOrDefault(name, 0.0) - before.meters.getOrDefault(name, 0.0);
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
