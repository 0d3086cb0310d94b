package org.toolflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The auditor's history search (ToolFlow's {@code /api/audit/process-instances}, which the Cockpit plugin reads) over
 * the seeded finished instances, and the trail of one instance, by a member of {@code auditors}.
 */
final class HistoryAtScale {

  private final ServerJvm server;
  private final BenchDatabase database;
  private final Api admin;

  HistoryAtScale(ServerJvm server, BenchDatabase database, Api admin) {
    this.server = server;
    this.database = database;
    this.admin = admin;
  }

  Map<String, Object> measure(BenchSettings settings, List<String> changeInstanceIds) {
    Latencies latencies = new Latencies();
    Api auditor = Api.as(server.port(), "bench-auditor", latencies);
    Api warm = Api.as(server.port(), "bench-auditor", new Latencies());
    List<String> seededIds = new ArrayList<>();
    for (JsonNode item : warm.get("warm-up", "/api/audit/process-instances?process=bench-review&size=200").path("items")) {
      seededIds.add(item.path("id").asText());
    }
    for (int i = 0; i < 2; i++) {
      queries(warm, i, seededIds, changeInstanceIds);
    }
    Snapshot before = Snapshot.take(admin, server, database);
    long total = 0;
    int samples = 0;
    for (long started = System.nanoTime(); settings.anotherQueryRound(samples, started); samples++) {
      total = queries(auditor, samples, seededIds, changeInstanceIds);
    }
    Snapshot after = Snapshot.take(admin, server, database);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("historicInstances", total);
    result.put("samplesPerQuery", samples);
    // The 1-minute load average when the samples end: on 2 shared cores it says how far the figures can be trusted.
    result.put("loadAverage", Machine.loadAverage());
    result.put("latency", latencies.summary());
    result.putAll(after.since(before, samples));
    return result;
  }

  private static long queries(Api auditor, int i, List<String> seededIds, List<String> changeIds) {
    JsonNode first = auditor.get("audit search: first page, everything",
        "/api/audit/process-instances");
    auditor.get("audit search: by tool", "/api/audit/process-instances?toolKey=bench-tool-%02d".formatted(i % 20));
    auditor.get("audit search: business key prefix",
        "/api/audit/process-instances?businessKey=BENCH-%03d*".formatted(i % 100));
    LocalDate from = LocalDate.now().minusDays(60 + i % 200);
    auditor.get("audit search: process, started in 30 days, page 3",
        "/api/audit/process-instances?process=bench-review&state=completed&startedFrom=" + from
            + "&startedTo=" + from.plusDays(30) + "&page=2");
    auditor.get("audit trail: seeded one-task instance",
        "/api/audit/process-instances/" + seededIds.get(i % seededIds.size()));
    if (!changeIds.isEmpty()) {
      auditor.get("audit trail: change request", "/api/audit/process-instances/" + changeIds.get(i % changeIds.size()));
    }
    return first.path("total").asLong();
  }
}
