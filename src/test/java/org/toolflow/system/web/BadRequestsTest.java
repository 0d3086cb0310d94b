package org.toolflow.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.toolflow.TestRest;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.release.ReleaseProcess;
import org.toolflow.security.Roles;
import org.toolflow.system.web.MalformedApiRequests.Expect;
import org.toolflow.system.web.MalformedApiRequests.Row;

/**
 * Every malformed request gets a 4xx that says what is wrong, never a 500: a table over every endpoint of
 * {@code /api} read from its controllers, and the engine REST entry points clients use. As an administrator, so that
 * authorization does not hide the validation; one operator and one auditor show that a 403 stays a 403.
 */
@ToolFlowSpringTest
class BadRequestsTest {

  private static final String PROBE = "bad-request-probe";
  private static final String OPERATOR = "bad-request-operator";
  private static final String AUDITOR = "bad-request-auditor";
  private static final String PASSWORD = "bad-request-secret";
  private static final String JAVA_SERIALIZED = "{\"variables\":{\"payload\":{\"value\":\"rO0ABXQABWhlbGxv\","
      + "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
      + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}";
  private static final String NOT_JSON = "{\"variables\":{\"payload\":{\"value\":\"{not json\",\"type\":\"Json\"}}}";

  @LocalServerPort int port;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private final ObjectMapper json = new ObjectMapper();
  private TestRest rest;

  @BeforeEach
  void setUp() {
    rest = new TestRest(port);
    TestUsers.ensureUser(identityService, OPERATOR, PASSWORD, Roles.OMB);
    TestUsers.ensureUser(identityService, AUDITOR, PASSWORD, Roles.AUDITORS);
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROBE).count() == 0) {
      // Its listeners read the variable, as ToolFlow's start and task checks read what was submitted.
      repositoryService.createDeployment().name(PROBE).addModelInstance(PROBE + ".bpmn",
          Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1)
              .startEvent("Event_Start").camundaExecutionListenerExpression("start", "${execution.getVariable('payload')}")
              .userTask("Task_Probe").camundaTaskListenerExpression("complete", "${task.getVariable('payload')}")
              .endEvent("Event_End").done()).deploy();
    }
  }

  @Test
  void everyEndpointOfTheApiAnswersMalformedInputWithA4xxThatNamesTheField() throws IOException {
    List<Row> rows = MalformedApiRequests.of(mappings);
    List<String> wrong = new ArrayList<>();

    for (Row row : rows) {
      HttpResponse<String> answer = rest.send(row.method(), row.target(), TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD,
          row.body());
      String problem = problemWith(row, answer);
      if (problem != null) {
        wrong.add(row + " -> " + answer.statusCode() + " " + answer.body() + ": " + problem);
      }
    }

    System.out.printf("Malformed /api requests: %d rows, %d wrong%n", rows.size(), wrong.size());
    assertThat(rows.stream().map(Row::path).distinct().count()).as("endpoints found").isGreaterThanOrEqualTo(10);
    assertThat(wrong).isEmpty();
  }

  @Test
  void aRefusalOfThePersonStaysA403WhateverTheInput() {
    assertThat(rest.get("/api/journal", OPERATOR, PASSWORD).statusCode()).isEqualTo(403);
    assertThat(rest.send("POST", "/api/changes", AUDITOR, PASSWORD, "{not json").statusCode()).isEqualTo(403);
    assertThat(rest.send("POST", "/api/releases", AUDITOR, PASSWORD, "{}").statusCode()).isEqualTo(403);
  }

  @Test
  void aReleasePlannedWithoutItsKindIsA400NamingTheKind() throws IOException {
    HttpResponse<String> answer = rest.send("POST", "/api/releases", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD,
        Map.of("toolKey", "no-such-tool", "version", "1.0.0", "plannedDate", "2030-01-01"));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(fieldsOf(answer)).contains(ReleaseProcess.Vars.KIND, ReleaseProcess.Vars.TOOL_KEY);
  }

  @Test
  void theNulCharacterIsRefusedNamingWhereItCameSinceNoDatabaseMayBeAskedToStoreIt() throws IOException {
    HttpResponse<String> inQuery = rest.get("/api/changes?toolKey=a%00b", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    HttpResponse<String> inBody = rest.send("POST", "/api/releases", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD,
        Map.of("toolKey", "a\u0000b", "version", "1.0.0", "plannedDate", "2030-01-01"));
    HttpResponse<String> inEngineRest = rest.get("/engine-rest/task?name=a%00b", TestUsers.ADMIN,
        TestUsers.ADMIN_PASSWORD);

    assertThat(inQuery.statusCode()).as(inQuery.body()).isEqualTo(400);
    assertThat(fieldsOf(inQuery)).containsExactly("toolKey");
    assertThat(json.readTree(inQuery.body()).path("fields").path(0).path("message").asText())
        .isEqualTo(NulCharacterFilter.PROBLEM);
    assertThat(inBody.statusCode()).as(inBody.body()).isEqualTo(400);
    assertThat(fieldsOf(inBody)).containsExactly(ReleaseProcess.Vars.TOOL_KEY);
    assertThat(inEngineRest.statusCode()).as(inEngineRest.body()).isEqualTo(400);
    assertThat(json.readTree(inEngineRest.body()).path("message").asText()).isEqualTo("Parameter 'name' "
        + NulCharacterFilter.PROBLEM);
  }

  @Test
  void theEngineRestAnswersWhatTheClientSentWrongWithA4xxInCamundasShape() {
    String start = "/engine-rest/process-definition/key/" + PROBE;
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (String action : List.of("/start", "/submit-form")) {
      expected.put("POST " + start + action + " " + JAVA_SERIALIZED, 400);
      expected.put("POST " + start + action + " " + NOT_JSON, 400);
    }
    expected.put("POST /engine-rest/process-definition/key/" + ReleaseProcess.PROCESS_KEY + "/submit-form "
        + NOT_JSON.replace("payload", ReleaseProcess.Vars.CHANGE_KEYS), 400);
    String task = probeTask();
    for (String action : List.of("/complete", "/submit-form")) {
      expected.put("POST /engine-rest/task/" + task + action + " " + JAVA_SERIALIZED, 400);
      expected.put("POST /engine-rest/task/" + task + action + " " + NOT_JSON, 400);
      expected.put("POST /engine-rest/task/no-such-task" + action + " {}", 404);
    }
    expected.put("PUT /engine-rest/process-instance/" + taskService.createTaskQuery().taskId(task).singleResult()
        .getProcessInstanceId() + "/variables/payload " + JAVA_SERIALIZED.replaceAll("^\\{\"variables\":\\{\"payload\":|}}$", ""), 400);

    List<String> wrong = new ArrayList<>();
    expected.forEach((request, status) -> {
      String[] parts = request.split(" ", 3);
      check(request, rest.send(parts[0], parts[1], TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD, parts[2]), status, wrong);
    });
    deployments().forEach((name, content) -> check("deploy " + name,
        deploy(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD, name, content), 400, wrong));
    check("deploy as an operator", deploy(OPERATOR, PASSWORD, "refused.bpmn", "not a model"), 403, wrong);

    System.out.printf("Malformed engine REST requests: %d rows, %d wrong%n", expected.size() + deployments().size() + 1,
        wrong.size());
    assertThat(wrong).isEmpty();
    assertThat(taskService.createTaskQuery().taskId(task).count()).as("the task is still open").isEqualTo(1);
  }

  private String problemWith(Row row, HttpResponse<String> answer) throws IOException {
    int status = answer.statusCode();
    if (status >= 500) {
      return "a server error";
    }
    if (row.expect() != Expect.NO_SERVER_ERROR && status < 400) {
      return "accepted";
    }
    if (row.expect() == Expect.BAD_REQUEST && status != 400) {
      return "not 400";
    }
    if (status == 400) {
      List<String> fields = fieldsOf(answer);
      if (fields.isEmpty() || (row.expect() == Expect.BAD_REQUEST && !fields.contains(row.field()))) {
        return "does not name " + (row.field() == null ? "a field" : row.field());
      }
    }
    if (status >= 400 && answer.body().matches("(?s).*(Exception|\\tat |java\\.|SQL).*")) {
      return "shows internals";
    }
    return null;
  }

  private List<String> fieldsOf(HttpResponse<String> answer) throws IOException {
    List<String> fields = new ArrayList<>();
    json.readTree(answer.body()).path("fields").forEach(f -> fields.add(f.path("field").asText()));
    return fields;
  }

  private void check(String request, HttpResponse<String> answer, int status, List<String> wrong) {
    try {
      JsonNode body = json.readTree(answer.body());
      String message = body.path("message").asText();
      if (answer.statusCode() != status || body.path("type").asText().isEmpty() || message.isEmpty()
          || message.matches("(?s).*(\\w\\.\\w+Exception|\\tat ).*")) {
        wrong.add(request + " -> " + answer.statusCode() + " " + answer.body());
      }
    } catch (IOException notJson) {
      wrong.add(request + " -> " + answer.statusCode() + " not JSON: " + answer.body());
    }
  }

  private String probeTask() {
    String instance = runtimeService.startProcessInstanceByKey(PROBE).getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private static Map<String, String> deployments() {
    String bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess("bad-request-model").camundaHistoryTimeToLive(1)
        .startEvent().endEvent().done());
    Map<String, String> models = new LinkedHashMap<>();
    models.put("doctype.bpmn", bpmn.replaceFirst("\\?>", "?>\n<!DOCTYPE definitions [<!ENTITY x \"y\">]>"));
    models.put("not-xml.bpmn", "a model, surely");
    models.put("cut-off.bpmn", bpmn.substring(0, bpmn.length() / 2));
    models.put("invalid.bpmn", bpmn.replace("startEvent", "startEvnt"));
    models.put("empty.dmn", "<definitions/>");
    models.put("not-json.form", "{not json");
    return models;
  }

  private HttpResponse<String> deploy(String user, String password, String name, String content) {
    String boundary = "bad-request-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + PROBE
        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n")
        .getBytes(StandardCharsets.UTF_8));
    return rest.send("POST", "/engine-rest/deployment/create", user, password,
        "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }
}
