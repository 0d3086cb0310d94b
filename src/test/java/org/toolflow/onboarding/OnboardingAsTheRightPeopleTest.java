package org.toolflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toolflow.onboarding.OnboardingFixtures.answer;
import static org.toolflow.onboarding.OnboardingFixtures.newToolKey;
import static org.toolflow.onboarding.OnboardingFixtures.request;
import static org.toolflow.onboarding.OnboardingProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.TestRest;
import org.toolflow.TestUsers;
import org.toolflow.EngineTestCase;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.security.ToolGroups;

/**
 * Onboarding through the engine REST API, as Tasklist does it, by people holding only what ToolFlow grants them:
 * a future team leader requests, EGI Operations reviews, and the new team works on its own tool's tasks and on no
 * other's.
 */
@ToolFlowSpringTest
class OnboardingAsTheRightPeopleTest extends EngineTestCase {

  private static final String PASSWORD = "right-people-secret";

  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  ManagementService managementService;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aToolIsRequestedReviewedAndWorkedOnByItsTeamWithTheirOwnRights() throws Exception {
    String toolKey = newToolKey();
    String leader = TestUsers.ensureUser(identityService, "leader-" + toolKey, PASSWORD, GROUP_TOOL_REQUESTERS);
    String operator = TestUsers.ensureUser(identityService, "operator-" + toolKey, PASSWORD, GROUP_EGI_OPERATIONS);
    String otherTeam = TestUsers.ensureUser(identityService, "other-" + toolKey, PASSWORD);
    accessPolicy.ensureOperatorGroup(ToolGroups.team("other-" + toolKey), "Another tool's team", otherTeam);

    JsonNode startable = get(leader, "/engine-rest/process-definition?latestVersion=true&startableInTasklist=true"
        + "&startablePermissionCheck=true&maxResults=100");
    assertThat(startable).extracting(definition -> definition.path("key").asText()).contains(KEY);
    assertThat(status(leader, "/engine-rest/process-definition/key/" + KEY + "/deployed-start-form")).isEqualTo(200);
    HttpResponse<String> started = post(leader, "/engine-rest/process-definition/key/" + KEY + "/submit-form",
        request(toolKey));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(authorizationService.isUserAuthorized(leader, List.of(GROUP_TOOL_REQUESTERS), Permissions.ACCESS,
        Resources.APPLICATION, "tasklist")).as("the requester may use Tasklist").isTrue();
    String stranger = TestUsers.ensureUser(identityService, "stranger-" + toolKey, PASSWORD);
    assertThat(post(stranger, "/engine-rest/process-definition/key/" + KEY + "/submit-form", request(newToolKey()))
        .statusCode()).as("a user in no group does not even see the process").isEqualTo(404);

    assertThat(taskKeysVisibleTo(leader, toolKey)).as("the requester does not review").isEmpty();
    JsonNode review = onlyTask(operator, toolKey, TASK_REVIEW_ONBOARDING);
    assertThat(status(operator, "/engine-rest/task/" + review.path("id").asText() + "/deployed-form")).isEqualTo(200);
    assertThat(get(operator, "/engine-rest/task/" + review.path("id").asText() + "/form-variables")
        .path("toolName").path("value").asText()).isEqualTo("Tool " + toolKey);
    submit(operator, review, answer(TASK_REVIEW_ONBOARDING, toolKey));

    executeJobOf(TASK_REGISTER_TOOL, toolKey);
    executeJobOf(TASK_CREATE_TEAM_GROUP, toolKey);

    assertThat(taskKeysVisibleTo(leader, toolKey)).as("the team sees its tasks and only those")
        .containsExactlyInAnyOrder(TASK_DESCRIBE_SUPPORT_UNIT, TASK_NEGOTIATE_OLA, TASK_ACKNOWLEDGE_EGI,
            TASK_PROVIDE_SECURITY_POLICY);
    assertThat(taskKeysVisibleTo(operator, toolKey)).as("EGI Operations sees its tasks and only those")
        .containsExactlyInAnyOrder(TASK_CREATE_TOOL_URL, TASK_REGISTER_IN_GOCDB, TASK_CREATE_RT_CATEGORY,
            TASK_NEGOTIATE_OLA, TASK_GRANT_EMAIL_ACCESS);
    assertThat(taskKeysVisibleTo(otherTeam, toolKey)).as("another tool's team sees nothing of it").isEmpty();

    JsonNode acknowledge = onlyTask(leader, toolKey, TASK_ACKNOWLEDGE_EGI);
    assertThat(status(leader, "/engine-rest/process-definition/" + acknowledge.path("processDefinitionId").asText()))
        .as("Tasklist shows the task's process").isEqualTo(200);
    assertThat(status(leader, "/engine-rest/task/" + acknowledge.path("id").asText() + "/deployed-form")).isEqualTo(200);
    submit(leader, acknowledge, answer(TASK_ACKNOWLEDGE_EGI, toolKey));
    assertThat(taskKeysVisibleTo(leader, toolKey)).doesNotContain(TASK_ACKNOWLEDGE_EGI);

    JsonNode toolUrl = onlyTask(operator, toolKey, TASK_CREATE_TOOL_URL);
    HttpResponse<String> foreign = post(leader, "/engine-rest/task/" + toolUrl.path("id").asText() + "/submit-form",
        answer(TASK_CREATE_TOOL_URL, toolKey));
    assertThat(foreign.statusCode()).as("the team cannot complete EGI Operations' task").isEqualTo(403);
  }

  private List<String> taskKeysVisibleTo(String user, String toolKey) throws Exception {
    List<String> keys = new ArrayList<>();
    get(user, "/engine-rest/task?maxResults=100&processInstanceBusinessKey="
        + URLEncoder.encode(toolKey, StandardCharsets.UTF_8))
        .forEach(task -> keys.add(task.path("taskDefinitionKey").asText()));
    return keys;
  }

  private JsonNode onlyTask(String user, String toolKey, String taskKey) throws Exception {
    JsonNode tasks = get(user, "/engine-rest/task?maxResults=100&processInstanceBusinessKey=" + toolKey
        + "&taskDefinitionKey=" + taskKey);
    assertThat(tasks).as("%s sees %s", user, taskKey).hasSize(1);
    return tasks.get(0);
  }

  private void submit(String user, JsonNode task, Map<String, Object> variables) throws Exception {
    HttpResponse<String> response = post(user, "/engine-rest/task/" + task.path("id").asText() + "/submit-form", variables);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  private void executeJobOf(String activityId, String toolKey) {
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(toolKey).singleResult().getId();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).activityId(activityId)
        .singleResult().getId());
  }

  private JsonNode get(String user, String path) throws Exception {
    HttpResponse<String> response = http.send(as(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("GET %s as %s: %s", path, user, response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private int status(String user, String path) throws Exception {
    return http.send(as(user, path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private HttpResponse<String> post(String user, String path, Map<String, Object> variables) throws Exception {
    ObjectNode body = json.createObjectNode();
    ObjectNode typed = body.putObject("variables");
    variables.forEach((name, value) -> typed.putObject(name).put("value", (String) value).put("type", "String"));
    return http.send(as(user, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder as(String user, String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", TestRest.basic(user, PASSWORD));
  }
}
