package org.toolflow.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.release.ReleaseProcess.Elements;
import org.toolflow.release.ReleaseProcess.Vars;
import org.toolflow.system.web.InvalidInputException;
import org.toolflow.system.web.FieldProblem;

/** Releases through ToolFlow's API and the engine REST API, as a client program or Tasklist sends them. */
@ToolFlowSpringTest
class ReleaseApiTest extends ReleaseTestCase {

  private final ObjectMapper json = new ObjectMapper();

  /** The field problems of a refusal thrown inside the engine, wherever the engine wrapped it. */
  static List<FieldProblem> problems(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException rejected) {
        return rejected.problems();
      }
    }
    throw new AssertionError("not a refused form: " + thrown, thrown);
  }

  @Test
  void aReleasePlannedThroughTheApiBelongsToTheCallerAndIsListedByItsPlannedDate() throws Exception {
    String tool = fixtures.activeTool(false, false, true);
    String developer = fixtures.user("developer", "team-" + tool);
    String reader = fixtures.user("reader");
    ProcessInstance change = driver.changeInProgress(tool, "Single sign-on");
    Map<String, Object> body = new LinkedHashMap<>(ReleaseDriver.plan(tool, "2.1.0", "minor", "2026-03-20"));
    body.put(Vars.CHANGE_KEYS, List.of(change.getBusinessKey()));
    body.put(Vars.HIGH_RISK, true);
    body.put(Vars.REQUESTER, "someone-else");

    HttpResponse<String> created = send("POST", "/api/releases", developer, body);

    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode release = json.readTree(created.body());
    String key = release.path("key").asText();
    assertThat(key).startsWith("REL-");
    assertThat(created.headers().firstValue("Location")).hasValue("/api/releases/" + key);
    assertThat(release.path("requester").asText()).isEqualTo(developer);
    assertThat(release.path("status").asText()).isEqualTo("PLANNED");
    assertThat(release.path("highRisk").asBoolean()).isTrue();
    assertThat(release.path("changes")).extracting(JsonNode::asText).containsExactly(change.getBusinessKey());
    assertThat(release.path("ombMeetingAt").asText()).startsWith("2026-03-03");

    JsonNode listed = json.readTree(send("GET", "/api/releases?plannedFrom=2026-03-20&plannedTo=2026-03-31&toolKey="
        + tool, reader, null).body());
    assertThat(listed).extracting(n -> n.path("key").asText()).containsExactly(key);
    assertThat(json.readTree(send("GET", "/api/releases?plannedFrom=2026-03-21&toolKey=" + tool, reader, null).body()))
        .isEmpty();
    assertThat(json.readTree(send("GET", "/api/releases?page=1&size=1&toolKey=" + tool, reader, null).body())).isEmpty();
    HttpResponse<String> badPage = send("GET", "/api/releases?page=-1", reader, null);
    assertThat(badPage.statusCode()).isEqualTo(400);
    assertThat(badPage.body()).contains("page").contains("from 0 to");
    assertThat(json.readTree(send("GET", "/api/releases/" + key, reader, null).body()).path("version").asText())
        .isEqualTo("2.1.0");
    assertThat(send("GET", "/api/releases/REL-999999", reader, null).statusCode()).isEqualTo(404);
    HttpResponse<String> badQuery = send("GET", "/api/releases?plannedFrom=March", reader, null);
    assertThat(badQuery.statusCode()).isEqualTo(400);
    assertThat(badQuery.body()).contains("plannedFrom");
  }

  @Test
  void badPlansAreRefusedFieldByFieldAndNothingIsStarted() throws Exception {
    String notActive = fixtures.onboardingTool();
    String tool = fixtures.activeTool(false, false, true);
    String developer = fixtures.user("developer", "team-" + tool);

    HttpResponse<String> refused = send("POST", "/api/releases", developer, Map.of(Vars.TOOL_KEY, notActive,
        Vars.VERSION, "not a version!", Vars.KIND, "urgent", Vars.PLANNED_DATE, "soon"));

    assertThat(refused.statusCode()).isEqualTo(400);
    JsonNode body = json.readTree(refused.body());
    assertThat(body.path("error").asText()).isEqualTo("invalid input");
    assertThat(body.path("fields")).extracting(f -> f.path("field").asText())
        .containsExactlyInAnyOrder(Vars.TOOL_KEY, Vars.VERSION, Vars.KIND, Vars.PLANNED_DATE);
    assertThat(refused.body()).contains("no ACTIVE tool '" + notActive + "'").contains("major, minor, emergency");

    HttpResponse<String> tooSoon = send("POST", "/api/releases", developer,
        ReleaseDriver.plan(tool, "2.2.0", "major", "2026-03-06"));
    assertThat(tooSoon.statusCode()).isEqualTo(400);
    assertThat(json.readTree(tooSoon.body()).path("fields")).singleElement().satisfies(f -> {
      assertThat(f.path("field").asText()).isEqualTo(Vars.PLANNED_DATE);
      assertThat(f.path("message").asText()).contains("The earliest valid date is 2026-03-10");
    });
    Map<String, Object> badList = new LinkedHashMap<>(ReleaseDriver.plan(tool, "2.2.0", "major", "2026-03-20"));
    badList.put(Vars.CHANGE_KEYS, Map.of("first", "CHG-1"));
    assertThat(json.readTree(send("POST", "/api/releases", developer, badList).body()).path("fields").get(0)
        .path("field").asText()).isEqualTo(Vars.CHANGE_KEYS);
    assertThat(records.list(null, null, tool, 0, 10)).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ReleaseProcess.PROCESS_KEY)
        .variableValueEquals(Vars.TOOL_KEY, tool).count()).isZero();
  }

  @Test
  void theEngineRestApiRefusesABadStartAndABadTaskFormWith400NamingTheField() throws Exception {
    String tool = fixtures.activeTool(false, false, true);
    String otherTool = fixtures.activeTool(false, false, true);
    String developer = fixtures.user("developer", "team-" + tool);
    ProcessInstance otherChange = driver.changeInProgress(otherTool, "Belongs elsewhere");

    HttpResponse<String> refusedStart = send("POST", "/engine-rest/process-definition/key/release/submit-form",
        developer, Map.of("variables", variables(ReleaseDriver.plan(tool, "3.1.0", "minor", "2026-03-09"))));
    assertThat(refusedStart.statusCode()).isEqualTo(400);
    assertThat(refusedStart.body()).contains("plannedDate").contains("2026-03-10");

    HttpResponse<String> started = send("POST", "/engine-rest/process-definition/key/release/submit-form", developer,
        Map.of("variables", variables(ReleaseDriver.plan(tool, "3.1.0", "minor", "2026-03-20"))));
    assertThat(started.statusCode()).isEqualTo(200);
    ProcessInstance release = runtimeService.createProcessInstanceQuery()
        .processInstanceId(json.readTree(started.body()).path("id").asText()).singleResult();
    execute(job(Elements.INFORM_OMB, release));
    assertThat(submitTask(developer, release, Elements.WRITE_COMMUNICATION, Map.of(
        Vars.OMB_ITEM, Map.of("value", "Slide"), Vars.BROADCAST_TEXT, Map.of("value", " "))).body())
        .contains("broadcastText");
    assertThat(submitTask(developer, release, Elements.WRITE_COMMUNICATION, Map.of(
        Vars.OMB_ITEM, Map.of("value", "Slide"), Vars.BROADCAST_TEXT, Map.of("value", "Text"))).statusCode())
        .isEqualTo(204);

    HttpResponse<String> badTag = submitTask(developer, release, Elements.DEVELOP, Map.of(
        Vars.RELEASE_TAG, Map.of("value", "v3..1"),
        Vars.CHANGE_KEYS, Map.of("type", "Json", "value", "[\"" + otherChange.getBusinessKey() + "\"]")));
    assertThat(badTag.statusCode()).isEqualTo(400);
    assertThat(badTag.body()).contains("releaseTag").contains("changeKeys").contains(otherChange.getBusinessKey());
    assertThat(release).isWaitingAt(Elements.DEVELOP);
    assertThat(records.get(release.getBusinessKey()).releaseTag()).isNull();

    assertThat(submitTask(developer, release, Elements.DEVELOP, Map.of(Vars.RELEASE_TAG, Map.of("value", "v3.1.0"),
        Vars.CHANGE_KEYS, Map.of("type", "Json", "value", "[]"))).statusCode()).isEqualTo(204);
    assertThat(release).isWaitingAt(Elements.CHECK_TAG);
  }

  private HttpResponse<String> submitTask(String userId, ProcessInstance release, String activityId,
      Map<String, Object> variables) throws Exception {
    String taskId = task(activityId, release).getId();
    return send("POST", "/engine-rest/task/" + taskId + "/submit-form", userId, Map.of("variables", variables));
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }
}
