package org.toolflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * EGI Operations' Tasklist with thousands of open tasks in the group: the page and the count, asked the way Tasklist
 * asks (its "My groups' tasks" filter, HAL, 15 per page, newest first) and as a plain engine REST task query, by a
 * group member who is no administrator, so the engine's authorization checks are part of the cost.
 */
final class TasklistAtScale {

  static final String GROUP = "egi-operations";
  private static final String PAGE = "firstResult=0&maxResults=15";
  private static final Map<String, Object> NEWEST_FIRST = Map.of("sorting",
      List.of(Map.of("sortBy", "created", "sortOrder", "desc")));

  private final ServerJvm server;
  private final BenchDatabase database;
  private final Api admin;

  TasklistAtScale(ServerJvm server, BenchDatabase database, Api admin) {
    this.server = server;
    this.database = database;
    this.admin = admin;
  }

  Map<String, Object> measure(BenchSettings settings) {
    Latencies latencies = new Latencies();
    Api operator = Api.as(server.port(), "bench-operator", latencies);
    Api warm = Api.as(server.port(), "bench-operator", new Latencies());
    String filterId = groupFilterId(warm);
    for (int i = 0; i < 2; i++) {
      queries(warm, filterId);
    }
    Snapshot before = Snapshot.take(admin, server, database);
    long visible = 0;
    int samples = 0;
    for (long started = System.nanoTime(); settings.anotherQueryRound(samples, started); samples++) {
      visible = queries(operator, filterId);
    }
    Snapshot after = Snapshot.take(admin, server, database);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("group", GROUP);
    result.put("openTasksInGroup", visible);
    result.put("samplesPerQuery", samples);
    // The 1-minute load average when the samples end: on 2 shared cores it says how far the figures can be trusted.
    result.put("loadAverage", Machine.loadAverage());
    result.put("latency", latencies.summary());
    result.putAll(after.since(before, samples));
    return result;
  }

  private static long queries(Api operator, String filterId) {
    operator.post("Tasklist: POST /engine-rest/filter/{id}/list (HAL, page of 15)",
        "/engine-rest/filter/" + filterId + "/list?" + PAGE, NEWEST_FIRST, "application/hal+json");
    JsonNode count = operator.get("Tasklist: GET /engine-rest/filter/{id}/count",
        "/engine-rest/filter/" + filterId + "/count");
    operator.get("GET /engine-rest/task?candidateGroup= (page of 15)",
        "/engine-rest/task?candidateGroup=" + GROUP + "&" + PAGE + "&sortBy=created&sortOrder=desc");
    operator.get("GET /engine-rest/task/count?candidateGroup=", "/engine-rest/task/count?candidateGroup=" + GROUP);
    return count.path("count").asLong();
  }

  private static String groupFilterId(Api operator) {
    for (JsonNode filter : operator.get("GET /engine-rest/filter", "/engine-rest/filter?resourceType=Task&maxResults=100")) {
      if (filter.path("name").asText().equals("My groups' tasks")) {
        return filter.path("id").asText();
      }
    }
    throw new IllegalStateException("Tasklist filter \"My groups' tasks\" not found");
  }
}
