package org.toolflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One normal change request from filing to its end, each step by the role the process asks for, over HTTP only:
 * a customer representative files it; the tool's team assesses and approves it; the OMB approves it; once it is In
 * progress the release is reported (the ReleaseDeployed message, which the release process correlates, sent here by
 * an administrator through the engine REST API); the requester reviews the implementation and the instance ends.
 * Tasks are found, claimed, read and submitted as Tasklist does it.
 */
final class ChangeScenario {

  static final String END_TO_END = "change request, end to end";

  private final int port;
  private final Latencies latencies;
  private final AtomicLong polls;

  ChangeScenario(int port, Latencies latencies, AtomicLong polls) {
    this.port = port;
    this.latencies = latencies;
    this.polls = polls;
  }

  /** Runs one change as client {@code client}'s people; returns its process instance id once it has ended. */
  String run(int client) {
    Api customer = Api.as(port, "bench-customer-" + client, latencies);
    Api developer = Api.as(port, "bench-dev-" + client, latencies);
    Api ombMember = Api.as(port, "bench-omb-" + client, latencies);
    Api admin = Api.as(port, BenchSettings.ADMIN, latencies);
    long started = System.nanoTime();

    Map<String, Object> request = new LinkedHashMap<>();
    request.put("toolKey", BenchSettings.TOOL);
    request.put("title", "Benchmark change by client " + client);
    request.put("description", "Raise the connection pool size; measured by the benchmarks.");
    request.put("customer", "EGI");
    request.put("requestedType", "normal");
    request.put("securityVulnerability", false);
    String key = customer.post("POST /api/changes", "/api/changes", request).path("key").asText();

    complete(developer, key, "Task_AssessChange", true, Map.of("effort", value("days"), "impact", value("low"),
        "risk", value("low"), "priority", value(2), "assessmentComment", value("Small and safe."),
        "intendedDeploymentDate", value(LocalDate.now().plusDays(14).toString())));
    complete(developer, key, "Task_ApproveInProductTeams", true, Map.of("productTeamsDecision", value("approve")));
    complete(ombMember, key, "Task_ApproveByOmb", true, Map.of("ombDecision", value("approve")));
    awaitStatus(customer, key, "IN_PROGRESS");
    admin.post("POST /engine-rest/message", "/engine-rest/message", Map.of("messageName", "ReleaseDeployed",
        "businessKey", key, "processVariables", Map.of("releaseReference", value("bench-release-1.0"))));
    complete(customer, key, "Task_ReviewImplementation", false, Map.of("documentationSufficient", value("yes"),
        "toolWorking", value("yes")));

    JsonNode history = admin.get("GET /engine-rest/history/process-instance",
        "/engine-rest/history/process-instance?processInstanceBusinessKey=" + key + "&maxResults=1");
    String state = history.path(0).path("state").asText();
    if (!state.equals("COMPLETED")) {
      throw new IllegalStateException("change " + key + " is " + state + " after its review, not COMPLETED");
    }
    latencies.record(END_TO_END, System.nanoTime() - started);
    return history.path(0).path("id").asText();
  }

  private void complete(Api user, String key, String taskKey, boolean claim, Map<String, Object> variables) {
    long waiting = System.nanoTime();
    JsonNode task = poll(() -> {
      JsonNode tasks = user.get("GET /engine-rest/task (poll)",
          "/engine-rest/task?processInstanceBusinessKey=" + key + "&taskDefinitionKey=" + taskKey + "&maxResults=5");
      return tasks.size() > 0 ? tasks.get(0) : null;
    }, key + " never reached " + taskKey);
    latencies.record("wait until " + taskKey, System.nanoTime() - waiting);
    String id = task.path("id").asText();
    if (claim) {
      user.post("POST /engine-rest/task/{id}/claim", "/engine-rest/task/" + id + "/claim", Map.of("userId", user.user()));
    }
    user.get("GET /engine-rest/task/{id}/form-variables", "/engine-rest/task/" + id + "/form-variables");
    user.post("POST /engine-rest/task/{id}/submit-form " + taskKey, "/engine-rest/task/" + id + "/submit-form",
        Map.of("variables", variables));
  }

  private void awaitStatus(Api user, String key, String status) {
    long waiting = System.nanoTime();
    poll(() -> {
      JsonNode change = user.get("GET /api/changes/{key} (poll)", "/api/changes/" + key);
      return change.path("status").asText().equals(status) ? change : null;
    }, key + " never became " + status);
    latencies.record("wait until " + status, System.nanoTime() - waiting);
  }

  interface Probe {
    JsonNode look();
  }

  /** Asks again after 10, 20, 40 ... 200 ms: the next step often waits for a job the job executor runs. */
  private JsonNode poll(Probe probe, String failure) {
    long delay = 10;
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline) {
      polls.incrementAndGet();
      JsonNode found = probe.look();
      if (found != null) {
        return found;
      }
      ServerJvm.sleep(delay);
      delay = Math.min(200, delay * 2);
    }
    throw new IllegalStateException(failure + " within 120 s");
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  static List<String> callOrder() {
    return List.of(END_TO_END, "POST /api/changes", "wait until Task_AssessChange", "GET /engine-rest/task (poll)",
        "POST /engine-rest/task/{id}/claim", "GET /engine-rest/task/{id}/form-variables",
        "POST /engine-rest/task/{id}/submit-form Task_AssessChange",
        "POST /engine-rest/task/{id}/submit-form Task_ApproveInProductTeams",
        "POST /engine-rest/task/{id}/submit-form Task_ApproveByOmb", "wait until IN_PROGRESS",
        "POST /engine-rest/message", "wait until Task_ReviewImplementation",
        "POST /engine-rest/task/{id}/submit-form Task_ReviewImplementation");
  }
}
