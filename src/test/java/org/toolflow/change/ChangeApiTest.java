package org.toolflow.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.toolflow.TestClock;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.change.ChangeRequestProcess.Elements;
import org.toolflow.change.ChangeRequestProcess.Vars;

/** Change requests through ToolFlow's API and the engine REST API, as a client program or Tasklist sends them. */
@ToolFlowSpringTest
class ChangeApiTest extends ChangeTestCase {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aChangeFiledThroughTheApiIsCreatedWithItsKeyAndReadableByEveryone() throws Exception {
    String tool = fixtures.activeTool(false);
    String requester = fixtures.user("requester");
    String reader = fixtures.user("reader");

    HttpResponse<String> created = send("POST", "/api/changes", requester, Map.of(
        Vars.TOOL_KEY, tool, Vars.TITLE, "Export to CSV", Vars.DESCRIPTION, "A CSV export of the report page",
        Vars.REQUESTED_TYPE, "normal", Vars.SECURITY_VULNERABILITY, false, Vars.REQUESTER, "someone-else"));

    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode change = json.readTree(created.body());
    String key = change.path("key").asText();
    assertThat(key).startsWith("CHG-");
    assertThat(created.headers().firstValue("Location")).hasValue("/api/changes/" + key);
    assertThat(change.path("requester").asText()).isEqualTo(requester);
    assertThat(change.path("status").asText()).isEqualTo("NEW");
    assertThat(change.path("changeClass").asText()).isEqualTo("normal");
    assertThat(change.path("priority").asInt()).isEqualTo(2);

    JsonNode read = json.readTree(send("GET", "/api/changes/" + key, reader, null).body());
    assertThat(read.path("title").asText()).isEqualTo("Export to CSV");
    assertThat(read.path("history").get(0).path("status").asText()).isEqualTo("NEW");
    JsonNode listed = json.readTree(send("GET", "/api/changes?toolKey=" + tool, reader, null).body());
    assertThat(listed).extracting(n -> n.path("key").asText()).containsExactly(key);
    assertThat(json.readTree(send("GET", "/api/changes?page=0&size=1&toolKey=" + tool, reader, null).body()))
        .extracting(n -> n.path("key").asText()).containsExactly(key);
    assertThat(json.readTree(send("GET", "/api/changes?page=1&size=1&toolKey=" + tool, reader, null).body())).isEmpty();
    HttpResponse<String> badSize = send("GET", "/api/changes?size=201", reader, null);
    assertThat(badSize.statusCode()).isEqualTo(400);
    assertThat(badSize.body()).contains("size").contains("from 1 to 200");
    assertThat(send("GET", "/api/changes/CHG-999999", reader, null).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/api/changes?status=open-ish", reader, null).statusCode()).isEqualTo(400);
  }

  @Test
  void badRequestsToTheApiAreRefusedFieldByFieldAndNothingIsCreated() throws Exception {
    String notActive = fixtures.onboardingTool();
    String requester = fixtures.user("requester");

    HttpResponse<String> refused = send("POST", "/api/changes", requester, Map.of(
        Vars.TOOL_KEY, notActive, Vars.DESCRIPTION, "x", Vars.REQUESTED_TYPE, "urgent",
        Vars.INTENDED_DEPLOYMENT_DATE, "next week"));

    assertThat(refused.statusCode()).isEqualTo(400);
    JsonNode body = json.readTree(refused.body());
    assertThat(body.path("error").asText()).isEqualTo("invalid input");
    assertThat(body.path("fields")).extracting(f -> f.path("field").asText())
        .containsExactlyInAnyOrder(Vars.TOOL_KEY, Vars.TITLE, Vars.REQUESTED_TYPE, Vars.INTENDED_DEPLOYMENT_DATE);
    assertThat(refused.body()).contains("no ACTIVE tool '" + notActive + "'").contains("one of standard, normal, emergency");
    assertThat(records.list(notActive, null, 0, 10)).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ChangeRequestProcess.PROCESS_KEY)
        .variableValueEquals(Vars.TOOL_KEY, notActive).count()).isZero();

    HttpResponse<String> unknownField = send("POST", "/api/changes", requester, Map.of(
        Vars.TOOL_KEY, fixtures.activeTool(false), Vars.TITLE, "t", Vars.DESCRIPTION, "d", Vars.REQUESTED_TYPE, "normal",
        Vars.CHANGE_CLASS, "standard"));
    assertThat(unknownField.statusCode()).isEqualTo(400);
    assertThat(unknownField.body()).contains("\"field\":\"changeClass\"").contains("not a field of a change request");

    String tool = fixtures.activeTool(false);
    fixtures.standardChanges(tool, "renew-certificate");
    HttpResponse<String> notStandard = send("POST", "/api/changes", requester, Map.of(
        Vars.TOOL_KEY, tool, Vars.TITLE, "t", Vars.DESCRIPTION, "d", Vars.REQUESTED_TYPE, "standard",
        Vars.STANDARD_CHANGE, "rewrite-everything"));
    assertThat(notStandard.statusCode()).isEqualTo(400);
    assertThat(notStandard.body()).contains("'rewrite-everything' is not a standard change of tool '" + tool
        + "'; one of renew-certificate");
    assertThat(send("POST", "/api/changes", requester, List.of(1, 2)).statusCode()).isEqualTo(400);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/start", "/submit-form"})
  void theEngineRestStartRefusesBadValuesWith400FieldByFieldAndStartsNothing(String endpoint) throws Exception {
    String requester = fixtures.user("requester");
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(ChangeRequestProcess.PROCESS_KEY)
        .count();

    HttpResponse<String> refused = send("POST", "/engine-rest/process-definition/key/change-request" + endpoint,
        requester, Map.of("variables", Map.of(
            Vars.TOOL_KEY, value("no-such-tool"), Vars.TITLE, value(""), Vars.REQUESTED_TYPE, value("urgent"),
            Vars.DESCRIPTION, value("d"), Vars.INTENDED_DEPLOYMENT_DATE, value("next week"))));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("toolKey: no ACTIVE tool 'no-such-tool'").contains("title: is required")
        .contains("requestedType: ").contains("one of standard, normal, emergency")
        .contains("intendedDeploymentDate: ");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ChangeRequestProcess.PROCESS_KEY)
        .count()).isEqualTo(before);
    assertThat(records.list("no-such-tool", null, 0, 10)).isEmpty();
  }

  @Test
  void theEngineRestStartFormStartsAChangeForTheLoggedInUser() throws Exception {
    String tool = fixtures.activeTool(false);
    String requester = fixtures.user("requester");

    HttpResponse<String> started = send("POST", "/engine-rest/process-definition/key/change-request/submit-form",
        requester, Map.of("businessKey", "MY-OWN-KEY", "variables", Map.of(
            Vars.TOOL_KEY, value(tool), Vars.TITLE, value("Dark mode"), Vars.DESCRIPTION, value("For the night shift"),
            Vars.CUSTOMER, value("EGI"), Vars.REQUESTED_TYPE, value("normal"), Vars.SECURITY_VULNERABILITY, value(false),
            Vars.STANDARD_CHANGE, value(null), Vars.INTENDED_DEPLOYMENT_DATE, value(TestClock.today().plusDays(9).toString()))));

    assertThat(started.statusCode()).isEqualTo(200);
    String businessKey = json.readTree(started.body()).path("businessKey").asText();
    assertThat(businessKey).startsWith("CHG-");
    assertThat(records.get(businessKey).requester()).isEqualTo(requester);
    assertThat(records.get(businessKey).intendedDeploymentDate()).isEqualTo(TestClock.today().plusDays(9));
  }

  @Test
  void theEngineRestRefusesABadTaskFormWith400AndTheRequesterApprovingWith403() throws Exception {
    String tool = fixtures.activeTool(false);
    String requester = fixtures.user("requester", "team-" + tool);
    String colleague = fixtures.user("colleague", "team-" + tool);
    ProcessInstance change = support.file(requester, ChangeRequestProcessTest.request(tool, "normal", Map.of()));
    execute(job(Elements.CREATE_RT_TICKET, change));
    Task assessment = task(Elements.ASSESS, change);

    HttpResponse<String> bad = send("POST", "/engine-rest/task/" + assessment.getId() + "/submit-form", colleague,
        Map.of("variables", Map.of(Vars.EFFORT, value("years"), Vars.IMPACT, value("low"), Vars.RISK, value("low"),
            Vars.PRIORITY, value(2), Vars.INTENDED_DEPLOYMENT_DATE, value(TestClock.today().plusDays(3).toString()))));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("effort: must be one of hours, days, weeks, months (got 'years')");
    assertThat(taskService.createTaskQuery().taskId(assessment.getId()).count()).isEqualTo(1);

    support.complete(colleague, assessment, ChangeRequestProcessTest.assessment(2, TestClock.today().plusDays(3)));
    Task approval = task(Elements.APPROVE_PRODUCT_TEAMS, change);
    HttpResponse<String> ownApproval = send("POST", "/engine-rest/task/" + approval.getId() + "/complete", requester,
        Map.of("variables", Map.of(Vars.PRODUCT_TEAMS_DECISION, value("approve"))));
    assertThat(ownApproval.statusCode()).isEqualTo(403);
    assertThat(ownApproval.body()).contains("Segregation of duties");
    HttpResponse<String> ownClaim = send("POST", "/engine-rest/task/" + approval.getId() + "/claim", requester,
        Map.of("userId", requester));
    assertThat(ownClaim.statusCode()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(approval.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void holdAndResumeThroughTheApi() throws Exception {
    String tool = fixtures.activeTool(false);
    String requester = fixtures.user("requester", "team-" + tool);
    String stranger = fixtures.user("stranger");
    ProcessInstance change = support.file(requester, ChangeRequestProcessTest.request(tool, "normal", Map.of()));
    String key = change.getBusinessKey();

    HttpResponse<String> held = send("POST", "/api/changes/" + key + "/hold", requester, Map.of("reason", "Budget"));
    assertThat(held.statusCode()).isEqualTo(200);
    assertThat(json.readTree(held.body()).path("status").asText()).isEqualTo("STALLED");
    assertThat(json.readTree(held.body()).path("statusBeforeHold").asText()).isEqualTo("NEW");
    HttpResponse<String> again = send("POST", "/api/changes/" + key + "/hold", requester, Map.of("reason", "Again"));
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("\"field\":\"holdAction\"");
    assertThat(send("POST", "/api/changes/" + key + "/resume", stranger, Map.of()).statusCode()).isEqualTo(403);
    assertThat(send("POST", "/api/changes/" + key + "/hold", requester, Map.of()).statusCode()).isEqualTo(400);

    HttpResponse<String> resumed = send("POST", "/api/changes/" + key + "/resume", requester, null);
    assertThat(resumed.statusCode()).isEqualTo(200);
    assertThat(json.readTree(resumed.body()).path("status").asText()).isEqualTo("NEW");
    assertThat(json.readTree(resumed.body()).path("history")).extracting(h -> h.path("status").asText())
        .containsExactly("NEW", "STALLED", "NEW");
  }

  @Test
  void theScheduleListsApprovedChangesWithTheirDatesForEveryone() throws Exception {
    String tool = fixtures.activeTool(false);
    fixtures.standardChanges(tool, "add-site");
    String requester = fixtures.user("requester", "team-" + tool);
    ProcessInstance change = support.file(requester, ChangeRequestProcessTest.request(tool, "standard", Map.of(
        Vars.STANDARD_CHANGE, "add-site", Vars.INTENDED_DEPLOYMENT_DATE, TestClock.today().plusDays(14).toString())));
    ProcessInstance notYet = support.file(requester, ChangeRequestProcessTest.request(tool, "normal", Map.of()));
    for (String activity : List.of(Elements.CREATE_RT_TICKET, Elements.SET_ACCEPTED)) {
      execute(job(activity, change));
    }

    HttpResponse<String> schedule = send("GET", "/api/changes/schedule", fixtures.user("anyone"), null);

    assertThat(schedule.statusCode()).isEqualTo(200);
    JsonNode entries = json.readTree(schedule.body());
    assertThat(entries).filteredOn(e -> e.path("key").asText().equals(change.getBusinessKey())).singleElement()
        .satisfies(e -> {
          assertThat(e.path("status").asText()).isEqualTo("ACCEPTED");
          assertThat(e.path("intendedDeploymentDate").asText()).isEqualTo(TestClock.today().plusDays(14).toString());
        });
    assertThat(entries).extracting(e -> e.path("key").asText()).doesNotContain(notYet.getBusinessKey());
    assertThat(send("GET", "/api/changes/schedule", null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void theToolTeamKeepsItsListOfStandardChanges() throws Exception {
    String tool = fixtures.activeTool(false);
    String member = fixtures.user("member", "team-" + tool);
    String outsider = fixtures.user("outsider");

    HttpResponse<String> saved = send("PUT", "/api/changes/standard-changes/" + tool, member, List.of(
        Map.of("code", "renew-certificate", "title", "Renew the host certificate"),
        Map.of("code", "add-vo", "title", "Add a VO to the configuration", "description", "From the VO ID card")));
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(json.readTree(send("GET", "/api/changes/standard-changes/" + tool, outsider, null).body()))
        .extracting(n -> n.path("code").asText()).containsExactly("add-vo", "renew-certificate");

    assertThat(send("PUT", "/api/changes/standard-changes/" + tool, outsider, List.of()).statusCode()).isEqualTo(403);
    HttpResponse<String> bad = send("PUT", "/api/changes/standard-changes/" + tool, member, List.of(
        Map.of("code", "Bad Code", "title", "x"), Map.of("code", "ok")));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"[0].code\"").contains("\"field\":\"[1].title\"");
  }

  private static Map<String, Object> value(Object value) {
    java.util.HashMap<String, Object> typed = new java.util.HashMap<>();
    typed.put("value", value);
    return typed;
  }
}
