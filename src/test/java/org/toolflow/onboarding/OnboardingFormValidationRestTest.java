package org.toolflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toolflow.onboarding.OnboardingFixtures.answer;
import static org.toolflow.onboarding.OnboardingFixtures.newToolKey;
import static org.toolflow.onboarding.OnboardingFixtures.request;
import static org.toolflow.onboarding.OnboardingProcess.*;
import static org.toolflow.onboarding.OnboardingVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;
import org.toolflow.TestRest;

/**
 * Bad form data sent to the engine REST API as Tasklist sends it: refused with 400, the message naming the
 * field and what it accepts, and nothing started, registered or completed.
 */
@ToolFlowSpringTest
class OnboardingFormValidationRestTest {

  private static final String START = "/engine-rest/process-definition/key/" + KEY + "/start";
  private static final String SUBMIT_START_FORM = "/engine-rest/process-definition/key/" + KEY + "/submit-form";

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  HistoryService historyService;
  @Autowired
  TaskService taskService;
  @Autowired
  ToolRegistry registry;

  private final ObjectMapper json = new ObjectMapper();

  static Stream<Arguments> badStartData() {
    return Stream.of(
        Arguments.of(TOOL_KEY, "Bad_Key", "must be 2 to 31 characters: a lower-case letter, then"),
        Arguments.of(TOOL_KEY, "t", "must be 2 to 31 characters"),
        Arguments.of(TOOL_NAME, null, "is required"),
        Arguments.of(SUPPORT_EMAIL, "support-at-example.org", "must be an e-mail address such as name@example.org"),
        Arguments.of(TEAM_LEADER_NAME, " ", "is required"),
        Arguments.of(TEAM_LEADER_EMAIL, "jana@localhost", "must be an e-mail address"),
        Arguments.of(TEAM_LEADER_PHONE, "0900 123 456", "must be an international phone number: + and country code"),
        Arguments.of(PURPOSE, null, "is required"),
        Arguments.of(LICENCE, "Proprietary", "must be one of Apache-2.0, MIT, BSD-2-Clause"),
        Arguments.of(PROVIDER, null, "is required"),
        Arguments.of(SOURCE_CODE_URL, "ftp://example.org/tool.git", "must be a web address starting with http:// or https://"),
        Arguments.of(DOCUMENTATION_URL, "docs.example.org", "must be a web address starting with http:// or https://"),
        Arguments.of(CATEGORY, "games", "must be one of accounting, monitoring"),
        Arguments.of(OTAG_WANTED, "maybe", "must be one of yes, no"),
        Arguments.of(UMD_DISTRIBUTION, null, "is required"));
  }

  @ParameterizedTest(name = "/start with {0} = ''{1}''")
  @MethodSource("badStartData")
  void badStartDataIsRefusedByStart(String field, String value, String allowed) throws Exception {
    refusedAtStart(START, field, value, allowed);
  }

  @ParameterizedTest(name = "/submit-form with {0} = ''{1}''")
  @MethodSource("badStartData")
  void badStartDataIsRefusedBySubmitForm(String field, String value, String allowed) throws Exception {
    refusedAtStart(SUBMIT_START_FORM, field, value, allowed);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {START, SUBMIT_START_FORM})
  void aKeyAlreadyRegisteredIsRefused(String endpoint) throws Exception {
    String toolKey = newToolKey();
    registry.registerOnboarding(Tool.builder(toolKey).name("Taken").supportEmail("a@example.org").teamLeaderName("A")
        .teamLeaderEmail("a@example.org").purpose("Taken before").licence("MIT").build());

    HttpResponse<String> response = post(endpoint, startBody(request(toolKey), null));

    assertRefused(response, TOOL_KEY, "'" + toolKey + "' is already registered or requested; choose another key");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(toolKey).count()).isZero();
  }

  @Test
  void aKeyAnotherRequestHoldsIsRefusedAndTheFirstRequestStaysAlone() throws Exception {
    String toolKey = newToolKey();
    HttpResponse<String> first = post(SUBMIT_START_FORM, startBody(request(toolKey), null));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(json.readTree(first.body()).path("businessKey").asText()).isEqualTo(toolKey);

    assertRefused(post(START, startBody(request(toolKey), null)), TOOL_KEY,
        "'" + toolKey + "' is already registered or requested");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(toolKey).count()).isEqualTo(1);
  }

  @Test
  void aBusinessKeyOtherThanTheToolKeyIsRefused() throws Exception {
    String toolKey = newToolKey();

    assertRefused(post(START, startBody(request(toolKey), "something-else")), "businessKey",
        "must be empty or equal to the tool key '" + toolKey + "'");
    assertNothingCreated(toolKey);
  }

  @Test
  void everyProblemOfARequestIsNamedAtOnce() throws Exception {
    String toolKey = newToolKey();
    Map<String, Object> request = request(toolKey);
    request.put(SUPPORT_EMAIL, "nobody");
    request.put(LICENCE, "GPL");
    request.remove(TOOL_NAME);

    HttpResponse<String> response = post(START, startBody(request, null));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).path("message").asText())
        .contains("toolName: is required", "supportEmail: must be an e-mail address", "licence: must be one of");
    assertNothingCreated(toolKey);
  }

  static Stream<Arguments> badTaskData() {
    return Stream.of(
        Arguments.of(TASK_REVIEW_ONBOARDING, Map.of(REVIEW_OUTCOME, "maybe"), REVIEW_OUTCOME,
            "must be one of accept, correct, reject"),
        Arguments.of(TASK_REVIEW_ONBOARDING, Map.of(REVIEW_OUTCOME, REJECT), REVIEW_COMMENT, "is required"),
        Arguments.of(TASK_CORRECT_REQUEST, Map.of(TOOL_KEY, "another-key"), TOOL_KEY, "unchanged: this request is for"),
        Arguments.of(TASK_CORRECT_REQUEST, Map.of(TEAM_LEADER_EMAIL, "jana"), TEAM_LEADER_EMAIL, "must be an e-mail address"),
        Arguments.of(TASK_CREATE_TOOL_URL, Map.of(TOOL_URL, "https://tool.example.org"), TOOL_URL,
            "must be a web address in the egi.eu domain"),
        Arguments.of(TASK_CREATE_TOOL_URL, Map.of(TOOL_URL, "tool.egi.eu"), TOOL_URL,
            "must be a web address starting with http:// or https://"),
        Arguments.of(TASK_REGISTER_IN_GOCDB, Map.of(GOCDB_HOSTNAME, "https://tool.egi.eu/"), GOCDB_HOSTNAME,
            "must be a fully qualified host name"),
        Arguments.of(TASK_CREATE_RT_CATEGORY, Map.of(RT_DASHBOARD_URL, "the dashboard"), RT_DASHBOARD_URL,
            "must be a web address"),
        Arguments.of(TASK_CREATE_RT_CATEGORY, Map.of(RT_CATEGORY, ""), RT_CATEGORY, "is required"),
        Arguments.of(TASK_DESCRIBE_SUPPORT_UNIT, Map.of(SUPPORT_UNIT_MAILING_LIST, "tickets"), SUPPORT_UNIT_MAILING_LIST,
            "must be an e-mail address"),
        Arguments.of(TASK_DESCRIBE_SUPPORT_UNIT, Map.of(QUALITY_OF_SUPPORT, "PREMIUM"), QUALITY_OF_SUPPORT,
            "must be one of BASE, MEDIUM, ADVANCED"),
        Arguments.of(TASK_DESCRIBE_SUPPORT_UNIT, Map.of(FAQ_TEXT, ""), FAQ_TEXT, "is required"),
        Arguments.of(TASK_CONFIRM_SUPPORT_UNIT, Map.of(GGUS_SUPPORT_UNIT, " "), GGUS_SUPPORT_UNIT, "is required"),
        Arguments.of(TASK_NEGOTIATE_OLA, Map.of(OLA_DRAFT_LINK, "javascript:alert(1)"), OLA_DRAFT_LINK,
            "must be a web address"),
        Arguments.of(TASK_SIGN_OLA, Map.of(OLA_LINK, ""), OLA_LINK, "is required"),
        Arguments.of(TASK_ACKNOWLEDGE_EGI, Map.of(ACKNOWLEDGEMENT_LINK, "mailto:team@example.org"), ACKNOWLEDGEMENT_LINK,
            "must be a web address"),
        Arguments.of(TASK_PROVIDE_SECURITY_POLICY, Map.of(SECURITY_POLICY_LINK, "http://"), SECURITY_POLICY_LINK,
            "must be a web address"),
        Arguments.of(TASK_GRANT_EMAIL_ACCESS, Map.of(EGI_EMAIL_ADDRESS, "team@egi"), EGI_EMAIL_ADDRESS,
            "must be an e-mail address"),
        Arguments.of(TASK_COMPLETE_WIKI_ENTRY, Map.of(RELEASE_SCHEDULE, "weekly"), RELEASE_SCHEDULE,
            "must be one of monthly, every-two-months"),
        Arguments.of(TASK_COMPLETE_WIKI_ENTRY, Map.of(TEST_INSTANCE_URL, ""), TEST_INSTANCE_URL, "is required"),
        Arguments.of(TASK_COMPLETE_WIKI_ENTRY, Map.of(ROADMAP_URL, "roadmap"), ROADMAP_URL, "must be a web address"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("badTaskData")
  void badTaskFormDataIsRefusedAndTheTaskStaysOpenUnchanged(String taskKey, Map<String, Object> bad, String field,
      String allowed) throws Exception {
    String toolKey = newToolKey();
    ProcessInstance onboarding = waitingAt(taskKey, toolKey);
    Task task = taskService.createTaskQuery().processInstanceId(onboarding.getId()).taskDefinitionKey(taskKey).singleResult();
    Object before = runtimeService.getVariable(onboarding.getId(), field);
    Map<String, Object> answer = answer(taskKey, toolKey);
    answer.putAll(bad);
    if (bad.containsKey(REVIEW_OUTCOME) && !bad.containsKey(REVIEW_COMMENT)) {
      answer.remove(REVIEW_COMMENT);
    }

    assertRefused(post("/engine-rest/task/" + task.getId() + "/submit-form", taskBody(answer)), field, allowed);
    assertRefused(post("/engine-rest/task/" + task.getId() + "/complete", taskBody(answer)), field, allowed);

    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("task still open").isEqualTo(1);
    assertThat(runtimeService.getVariable(onboarding.getId(), field)).as("%s unchanged", field).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {TASK_REVIEW_ONBOARDING, TASK_CORRECT_REQUEST, TASK_CREATE_TOOL_URL, TASK_REGISTER_IN_GOCDB,
      TASK_CREATE_RT_CATEGORY, TASK_DESCRIBE_SUPPORT_UNIT, TASK_CONFIRM_SUPPORT_UNIT, TASK_NEGOTIATE_OLA, TASK_SIGN_OLA,
      TASK_ACKNOWLEDGE_EGI, TASK_PROVIDE_SECURITY_POLICY, TASK_GRANT_EMAIL_ACCESS, TASK_COMPLETE_WIKI_ENTRY})
  void theRightAnswerIsAcceptedByEveryTaskForm(String taskKey) throws Exception {
    String toolKey = newToolKey();
    ProcessInstance onboarding = waitingAt(taskKey, toolKey);
    Task task = taskService.createTaskQuery().processInstanceId(onboarding.getId()).taskDefinitionKey(taskKey).singleResult();

    HttpResponse<String> response = post("/engine-rest/task/" + task.getId() + "/submit-form",
        taskBody(answer(taskKey, toolKey)));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
  }

  private void refusedAtStart(String endpoint, String field, String value, String allowed) throws Exception {
    String toolKey = field.equals(TOOL_KEY) ? value : newToolKey();
    Map<String, Object> request = request(toolKey == null ? newToolKey() : toolKey);
    if (value == null) {
      request.remove(field);
    } else {
      request.put(field, value);
    }

    assertRefused(post(endpoint, startBody(request, null)), field, allowed);
    assertNothingCreated((String) request.get(TOOL_KEY));
  }

  private ProcessInstance waitingAt(String taskKey, String toolKey) {
    Map<String, Object> variables = new HashMap<>(request(toolKey));
    variables.put(REQUESTER, TestUsers.ADMIN);
    variables.put(TEAM_GROUP, "team-" + toolKey);
    return runtimeService.createProcessInstanceByKey(KEY).businessKey(toolKey).setVariables(variables)
        .startBeforeActivity(taskKey).execute();
  }

  private void assertRefused(HttpResponse<String> response, String field, String allowed) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode error = json.readTree(response.body());
    assertThat(error.path("type").asText()).isEqualTo("InvalidRequestException");
    assertThat(error.path("message").asText()).contains(field + ": " + allowed);
  }

  private void assertNothingCreated(String toolKey) {
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(toolKey).count())
        .as("no instance for %s", toolKey).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().variableValueEquals(TOOL_KEY, toolKey).count())
        .as("no variable of an instance for %s", toolKey).isZero();
    assertThat(registry.find(toolKey)).as("no registry row for %s", toolKey).isEmpty();
  }

  private String startBody(Map<String, Object> variables, String businessKey) throws Exception {
    ObjectNode body = json.createObjectNode();
    body.set("variables", typed(variables));
    if (businessKey != null) {
      body.put("businessKey", businessKey);
    }
    return json.writeValueAsString(body);
  }

  private String taskBody(Map<String, Object> variables) throws Exception {
    ObjectNode body = json.createObjectNode();
    body.set("variables", typed(variables));
    return json.writeValueAsString(body);
  }

  private ObjectNode typed(Map<String, Object> variables) {
    ObjectNode typed = json.createObjectNode();
    variables.forEach((name, value) -> typed.putObject(name).put("value", (String) value).put("type", "String"));
    return typed;
  }

  private HttpResponse<String> post(String path, String body) {
    return new TestRest(port).send("POST", path, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD, body);
  }
}
