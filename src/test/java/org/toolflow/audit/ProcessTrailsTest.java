package org.toolflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.EngineTestCase;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.change.ChangeReleases;
import org.toolflow.change.ChangeRequestProcess;
import org.toolflow.change.ChangeRequestProcess.Elements;
import org.toolflow.change.ChangeRequestProcess.Vars;
import org.toolflow.onboarding.OnboardingProcess;
import org.toolflow.onboarding.OnboardingVariables;

/** The trails of ToolFlow's own processes, driven to their end by the people who do the work. */
@ToolFlowSpringTest
class ProcessTrailsTest extends EngineTestCase {

  @Autowired
  ChangeReleases releases;

  AuditApi api;
  FinishedChangeRequests changes;
  String run;

  @BeforeEach
  void setUp() {
    new AuditProbe(processEngine);
    api = new AuditApi(port);
    changes = new FinishedChangeRequests(processEngine, registry, releases);
    run = UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aFinishedChangeRequestShowsWhoAssessedApprovedAndReviewedIt() throws Exception {
    FinishedChangeRequests.Finished change = changes.finish();
    String id = change.processInstanceId();
    String tool = change.tool();
    String requester = change.requester();
    String assessor = change.assessor();
    String approver = change.approver();
    String ombMember = change.ombMember();

    JsonNode trail = api.json(AuditProbe.AUDITOR, "/api/audit/process-instances/" + id);

    assertThat(trail.at("/instance/state").asText()).isEqualTo("COMPLETED");
    assertThat(trail.at("/instance/startUserId").asText()).isEqualTo(requester);
    assertThat(trail.at("/instance/toolKey").asText()).isEqualTo(tool);
    assertThat(completions(trail)).containsExactly(
        Map.entry(Elements.ASSESS, assessor), Map.entry(Elements.APPROVE_PRODUCT_TEAMS, approver),
        Map.entry(Elements.APPROVE_OMB, ombMember), Map.entry(Elements.REVIEW_IMPLEMENTATION, requester));
    assertThat(valuesOf(trail, Elements.ASSESS)).containsEntry(Vars.IMPACT, "medium").containsEntry(Vars.RISK, "low");
    assertThat(valuesOf(trail, Elements.APPROVE_PRODUCT_TEAMS)).containsEntry(Vars.PRODUCT_TEAMS_DECISION, "approve");
    assertThat(valuesOf(trail, Elements.APPROVE_OMB)).containsEntry(Vars.OMB_DECISION, "approve")
        .containsEntry(Vars.OMB_COMMENT, FinishedChangeRequests.OMB_COMMENT);
    assertThat(valuesOf(trail, Elements.REVIEW_IMPLEMENTATION)).containsEntry(Vars.TOOL_WORKING, "yes");
    assertThat(trail.get("decisions")).anySatisfy(decision -> {
      assertThat(decision.get("decisionKey").asText()).isEqualTo(ChangeRequestProcess.DECISION_KEY);
      assertThat(decision.toString()).contains("\"changeClass\":\"normal\"");
    });
    assertThat(StreamSupport.stream(trail.get("outsideCalls").spliterator(), false)
        .map(c -> c.get("system").asText() + " " + c.get("operation").asText())).contains("rt create-ticket");
    assertCsvMatches(id, trail);
  }

  @Test
  void aFinishedOnboardingShowsBothReviewsTheCorrectionAndTheRejection() throws Exception {
    String tool = "tool-" + run;
    String requester = person("leader", OnboardingProcess.GROUP_TOOL_REQUESTERS);
    String firstReviewer = person("operator", OnboardingProcess.GROUP_EGI_OPERATIONS);
    String secondReviewer = person("operator", OnboardingProcess.GROUP_EGI_OPERATIONS);

    String id = as(requester, () -> processEngine.getRuntimeService()
        .startProcessInstanceByKey(OnboardingProcess.KEY, onboardingRequest(tool)).getId());
    complete(firstReviewer, id, OnboardingProcess.TASK_REVIEW_ONBOARDING, Map.of(OnboardingVariables.REVIEW_OUTCOME,
        OnboardingVariables.CORRECT, OnboardingVariables.REVIEW_COMMENT, "Please give the public repository."));
    Map<String, Object> corrected = onboardingRequest(tool);
    corrected.put(OnboardingVariables.SOURCE_CODE_URL, "https://gitlab.example.org/public/" + tool);
    complete(requester, id, OnboardingProcess.TASK_CORRECT_REQUEST, corrected);
    complete(secondReviewer, id, OnboardingProcess.TASK_REVIEW_ONBOARDING, Map.of(
        OnboardingVariables.REVIEW_OUTCOME, OnboardingVariables.REJECT,
        OnboardingVariables.REVIEW_COMMENT, "Not an operations tool."));
    runJobs(id);

    JsonNode trail = api.json(AuditProbe.AUDITOR, "/api/audit/process-instances/" + id);

    assertThat(trail.at("/instance/state").asText()).isEqualTo("COMPLETED");
    assertThat(trail.at("/instance/toolKey").asText()).isEqualTo(tool);
    assertThat(completions(trail)).containsExactly(
        Map.entry(OnboardingProcess.TASK_REVIEW_ONBOARDING, firstReviewer),
        Map.entry(OnboardingProcess.TASK_CORRECT_REQUEST, requester),
        Map.entry(OnboardingProcess.TASK_REVIEW_ONBOARDING, secondReviewer));
    JsonNode tasks = trail.get("userTasks");
    assertThat(values(tasks.get(0))).containsEntry(OnboardingVariables.REVIEW_OUTCOME, OnboardingVariables.CORRECT);
    assertThat(values(tasks.get(1))).containsEntry(OnboardingVariables.SOURCE_CODE_URL,
        "https://gitlab.example.org/public/" + tool);
    assertThat(values(tasks.get(2))).containsEntry(OnboardingVariables.REVIEW_OUTCOME, OnboardingVariables.REJECT)
        .containsEntry(OnboardingVariables.REVIEW_COMMENT, "Not an operations tool.");
    assertThat(StreamSupport.stream(trail.get("activities").spliterator(), false)
        .map(a -> a.get("activityId").asText())).contains(OnboardingProcess.EVENT_ONBOARDING_REJECTED)
        .doesNotContain(OnboardingProcess.TASK_REGISTER_TOOL);
    assertThat(StreamSupport.stream(trail.get("outsideCalls").spliterator(), false)
        .map(c -> c.get("system").asText())).contains("mail");
    assertCsvMatches(id, trail);
  }

  private void assertCsvMatches(String id, JsonNode trail) throws Exception {
    List<Map<String, String>> rows = AuditTrailTest.parseCsv(
        api.get(AuditProbe.AUDITOR, "/api/audit/process-instances/" + id + "?format=csv").body());
    assertThat(rows).hasSize(trail.get("events").size());
    assertThat(rows).filteredOn(r -> r.get("type").equals(TrailEvent.TASK_COMPLETED))
        .hasSize(trail.get("userTasks").size()).allSatisfy(r -> assertThat(r.get("user")).isNotEmpty());
    assertThat(rows).filteredOn(r -> r.get("type").equals(TrailEvent.OUTSIDE_CALL))
        .hasSize(trail.get("outsideCalls").size());
  }

  private static List<Map.Entry<String, String>> completions(JsonNode trail) {
    return StreamSupport.stream(trail.get("userTasks").spliterator(), false)
        .map(t -> Map.entry(t.get("activityId").asText(), t.get("completedBy").asText())).toList();
  }

  private static Map<String, String> valuesOf(JsonNode trail, String activityId) {
    JsonNode task = StreamSupport.stream(trail.get("userTasks").spliterator(), false)
        .filter(t -> t.get("activityId").asText().equals(activityId)).findFirst().orElseThrow();
    return values(task);
  }

  private static Map<String, String> values(JsonNode task) {
    Map<String, String> values = new HashMap<>();
    task.get("variables").forEach(v -> values.put(v.get("name").asText(), v.get("value").asText()));
    return values;
  }

  private String person(String role, String... groups) {
    return changes.person(role, groups);
  }

  private <T> T as(String userId, Supplier<T> action) {
    return changes.as(userId, action);
  }

  private void complete(String userId, String processInstanceId, String taskKey, Map<String, Object> values) {
    changes.complete(userId, processInstanceId, taskKey, values);
  }

  private void runJobs(String processInstanceId) {
    changes.runJobs(processInstanceId);
  }

  private static Map<String, Object> onboardingRequest(String tool) {
    Map<String, Object> request = new HashMap<>();
    request.put(OnboardingVariables.TOOL_KEY, tool);
    request.put(OnboardingVariables.TOOL_NAME, "Tool " + tool);
    request.put(OnboardingVariables.SUPPORT_EMAIL, "support@" + tool + ".example.org");
    request.put(OnboardingVariables.TEAM_LEADER_NAME, "Jana Nováková");
    request.put(OnboardingVariables.TEAM_LEADER_EMAIL, "jana@" + tool + ".example.org");
    request.put(OnboardingVariables.TEAM_LEADER_PHONE, "+421 2 1234 5678");
    request.put(OnboardingVariables.PURPOSE, "Monitors the availability of grid services");
    request.put(OnboardingVariables.LICENCE, "Apache-2.0");
    request.put(OnboardingVariables.PROVIDER, "Example Research Institute");
    request.put(OnboardingVariables.SOURCE_CODE_URL, "https://github.com/example/" + tool);
    request.put(OnboardingVariables.DOCUMENTATION_URL, "https://docs.example.org/" + tool);
    request.put(OnboardingVariables.CATEGORY, "monitoring");
    request.put(OnboardingVariables.OTAG_WANTED, OnboardingVariables.YES);
    request.put(OnboardingVariables.UMD_DISTRIBUTION, OnboardingVariables.NO);
    return request;
  }
}
