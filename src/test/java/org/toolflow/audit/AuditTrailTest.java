package org.toolflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.toolflow.ToolFlowSpringTest;

@ToolFlowSpringTest
class AuditTrailTest {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  AuditProbe probe;
  AuditApi api;

  @BeforeEach
  void setUp() {
    probe = new AuditProbe(engine);
    api = new AuditApi(port);
  }

  @Test
  void theTrailOfAFinishedInstanceNamesEveryTaskItsUserAndWhatTheyDecided() throws Exception {
    String id = probe.runApproved(unique("TRAIL"), "trailtool");

    JsonNode trail = api.json(AuditProbe.AUDITOR, "/api/audit/process-instances/" + id);

    assertThat(trail.at("/instance/state").asText()).isEqualTo("COMPLETED");
    assertThat(trail.at("/instance/startUserId").asText()).isEqualTo(AuditProbe.REQUESTER);
    assertThat(trail.at("/instance/toolKey").asText()).isEqualTo("trailtool");
    assertThat(texts(trail.get("activities"), "activityId")).containsExactly("Event_Requested", "Task_Assess",
        "Task_ClassifyRisk", "Task_Approve", "Gateway_Approval", "Task_NotifyOutside", "Event_Approved");

    JsonNode assess = trail.get("userTasks").get(0);
    assertThat(assess.get("activityId").asText()).isEqualTo("Task_Assess");
    assertThat(assess.get("completedBy").asText()).isEqualTo(AuditProbe.ASSESSOR);
    assertThat(assess.get("completed").asText()).isNotEmpty();
    assertThat(valuesOf(assess)).containsExactly(Map.entry("impact", "high"));
    JsonNode approve = trail.get("userTasks").get(1);
    assertThat(approve.get("completedBy").asText()).isEqualTo(AuditProbe.APPROVER);
    assertThat(valuesOf(approve)).containsOnly(Map.entry("approval", "approved"),
        Map.entry("approvalComment", AuditProbe.APPROVAL_COMMENT));

    // The probe's own decision; each user task's due date from task-deadlines is in the trail too.
    JsonNode decision = decision(trail, "audit-probe-risk");
    assertThat(texts(trail.get("decisions"), "decisionKey")).contains("task-deadlines");
    assertThat(decision.at("/inputs/Impact").asText()).isEqualTo("high");
    assertThat(decision.at("/outputs/0/riskClass").asText()).isEqualTo("major");

    JsonNode incident = trail.get("incidents").get(0);
    assertThat(incident.get("activityId").asText()).isEqualTo("Task_NotifyOutside");
    assertThat(incident.get("message").asText()).contains("503");
    assertThat(incident.get("state").asText()).isEqualTo("resolved");
    assertThat(incident.get("resolvedBy").asText()).isEqualTo(AuditProbe.OPERATOR);

    JsonNode call = trail.get("outsideCalls").get(0);
    assertThat(call.get("activityId").asText()).isEqualTo("Task_NotifyOutside");
    assertThat(call.get("system").asText()).isEqualTo("rt");
    assertThat(call.get("dryRun").asBoolean()).isTrue();
    assertThat(trail.get("outsideCalls")).hasSize(1);

    List<String> eventTypes = texts(trail.get("events"), "type");
    assertThat(eventTypes.get(0)).isEqualTo(TrailEvent.PROCESS_STARTED);
    assertThat(eventTypes.get(eventTypes.size() - 1)).isEqualTo(TrailEvent.PROCESS_ENDED);
    assertThat(eventTypes).contains(TrailEvent.TASK_COMPLETED, TrailEvent.DECISION, TrailEvent.INCIDENT_OPENED,
        TrailEvent.INCIDENT_RESOLVED, TrailEvent.OPERATION);
    String started = eventRow(trail, TrailEvent.PROCESS_STARTED).get("details").asText();
    assertThat(started).contains("title=Audit probe").containsOnlyOnce("toolKey=trailtool");
    assertThat(eventRow(trail, TrailEvent.ACTIVITY_ENDED, "Task_ClassifyRisk").get("details").asText())
        .isEqualTo("riskClass=major");
  }

  @Test
  void theCsvExportHasOneParsableRowPerEventWithQuotesAndLineBreaksKept() throws Exception {
    String id = probe.runApproved(unique("CSV"), "csvtool");
    JsonNode trail = api.json(AuditProbe.AUDITOR, "/api/audit/process-instances/" + id);

    HttpResponse<String> response = api.get(AuditProbe.AUDITOR, "/api/audit/process-instances/" + id + "?format=csv");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("attachment").contains(".csv"));
    List<Map<String, String>> rows = parseCsv(response.body());
    assertThat(rows).hasSize(trail.get("events").size());
    assertThat(rows.get(0).keySet()).containsExactlyElementsOf(TrailCsv.HEADER);
    Map<String, String> approval = rows.stream()
        .filter(r -> r.get("type").equals(TrailEvent.TASK_COMPLETED) && r.get("activity_id").equals("Task_Approve"))
        .findFirst().orElseThrow();
    assertThat(approval.get("user")).isEqualTo(AuditProbe.APPROVER);
    assertThat(approval.get("decision_or_variables")).contains("approval=approved")
        .contains("approvalComment=" + AuditProbe.APPROVAL_COMMENT);
    assertThat(rows).anySatisfy(r -> {
      assertThat(r.get("type")).isEqualTo(TrailEvent.TASK_COMPLETED);
      assertThat(r.get("user")).isEqualTo(AuditProbe.ASSESSOR);
      assertThat(r.get("decision_or_variables")).isEqualTo("impact=high");
    });
    assertThat(rows).anySatisfy(r -> assertThat(r.get("decision_or_variables")).contains("riskClass=major")
        .contains("Impact=high"));
    assertThat(rows).filteredOn(r -> r.get("type").equals(TrailEvent.OUTSIDE_CALL)).singleElement()
        .satisfies(r -> assertThat(r.get("outside_call")).startsWith("rt ").contains("(dry-run)"));
    assertThat(rows).allSatisfy(r -> assertThat(r.get("time")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
  }

  @Test
  void aRejectedInstanceShowsTheRejectionAndTheEndItReached() throws Exception {
    String id = probe.runRejected(unique("REJECTED"), "rejecttool");

    JsonNode trail = api.json(AuditProbe.AUDITOR, "/api/audit/process-instances/" + id);

    assertThat(texts(trail.get("activities"), "activityId")).contains("Gateway_Approval", "Event_Rejected")
        .doesNotContain("Task_NotifyOutside");
    assertThat(valuesOf(trail.get("userTasks").get(1))).contains(Map.entry("approval", "rejected"));
    assertThat(decision(trail, "audit-probe-risk").at("/outputs/0/riskClass").asText()).isEqualTo("minor");
    assertThat(trail.get("incidents")).isEmpty();
  }

  @Test
  void aRunningInstanceHasItsOpenTaskWithoutAnEnd() throws Exception {
    String id = probe.start(unique("RUNNING"), "runningtool");

    JsonNode trail = api.json(AuditProbe.AUDITOR, "/api/audit/process-instances/" + id);

    assertThat(trail.at("/instance/state").asText()).isEqualTo("ACTIVE");
    assertThat(trail.at("/userTasks/0/completed").isNull()).isTrue();
    assertThat(trail.at("/userTasks/0/completedBy").isNull()).isTrue();
    assertThat(texts(trail.get("events"), "type")).doesNotContain(TrailEvent.PROCESS_ENDED);
  }

  @Test
  void someoneWithoutHistoryRightsIsRefusedAndAnUnknownIdIsNotFound() throws Exception {
    String id = probe.runRejected(unique("FORBIDDEN"), "forbiddentool");

    HttpResponse<String> outsider = api.get(AuditProbe.OUTSIDER, "/api/audit/process-instances/" + id);
    assertThat(outsider.statusCode()).isEqualTo(403);
    assertThat(outsider.body()).doesNotContain("forbiddentool").doesNotContain(AuditProbe.REQUESTER);
    assertThat(api.get(AuditProbe.OUTSIDER, "/api/audit/process-instances/" + id + "?format=csv").statusCode())
        .isEqualTo(403);
    assertThat(api.get(AuditProbe.AUDITOR, "/api/audit/process-instances/no-such-instance").statusCode())
        .isEqualTo(404);
    assertThat(api.get(AuditProbe.AUDITOR, "/api/audit/process-instances/" + id + "?format=xml").statusCode())
        .isEqualTo(400);
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static List<String> texts(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
  }

  private static List<Map.Entry<String, String>> valuesOf(JsonNode task) {
    return StreamSupport.stream(task.get("variables").spliterator(), false)
        .map(v -> Map.entry(v.get("name").asText(), v.get("value").asText())).toList();
  }

  private static JsonNode eventRow(JsonNode trail, String type) {
    return StreamSupport.stream(trail.get("events").spliterator(), false)
        .filter(e -> e.get("type").asText().equals(type)).findFirst().orElseThrow();
  }

  private static JsonNode eventRow(JsonNode trail, String type, String activityId) {
    return StreamSupport.stream(trail.get("events").spliterator(), false)
        .filter(e -> e.get("type").asText().equals(type) && activityId.equals(e.get("activityId").asText()))
        .findFirst().orElseThrow();
  }

  static List<Map<String, String>> parseCsv(String csv) throws Exception {
    CsvMapper mapper = new CsvMapper();
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }

  private static JsonNode decision(JsonNode trail, String decisionKey) {
    for (JsonNode decision : trail.get("decisions")) {
      if (decisionKey.equals(decision.get("decisionKey").asText())) {
        return decision;
      }
    }
    throw new AssertionError("no decision " + decisionKey + " in the trail: " + trail.get("decisions"));
  }
}
