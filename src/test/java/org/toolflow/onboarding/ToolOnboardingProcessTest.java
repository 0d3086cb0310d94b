package org.toolflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.toolflow.onboarding.OnboardingFixtures.answer;
import static org.toolflow.onboarding.OnboardingFixtures.hostnameOf;
import static org.toolflow.onboarding.OnboardingFixtures.request;
import static org.toolflow.onboarding.OnboardingProcess.*;
import static org.toolflow.onboarding.OnboardingVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.TestClock;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.integration.gocdb.GocdbEntryTimes;
import org.toolflow.integration.journal.JournalEntry;
import org.toolflow.tools.QualityOfSupport;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolStatus;

/** Tool onboarding as the diagram draws it, with the dry-run connectors answering and journaling. */
@ToolFlowSpringTest
class ToolOnboardingProcessTest extends OnboardingTestCase {

  @Autowired
  ManagementService managementService;
  @Autowired
  GocdbEntryTimes gocdbRegistration;
  @Autowired
  OnboardingProperties properties;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void anAcceptedToolIsRegisteredSetUpByEveryStepPublishedAndActive() throws Exception {
    ProcessInstance onboarding = requestOnboarding(request(toolKey));

    assertThat(onboarding).isWaitingAt(TASK_REVIEW_ONBOARDING);
    assertThat(task(onboarding)).hasCandidateGroup(GROUP_EGI_OPERATIONS);
    assertThat(task(onboarding).getDueDate()).isNotNull();
    complete(task(onboarding), Map.of(REVIEW_OUTCOME, ACCEPT));

    execute(job(TASK_REGISTER_TOOL, onboarding));
    assertThat(registry.get(toolKey).status()).isEqualTo(ToolStatus.ONBOARDING);
    execute(job(TASK_CREATE_TEAM_GROUP, onboarding));
    String team = "team-" + toolKey;
    assertThat(identityService.createUserQuery().memberOfGroup(team).userId(requester).count()).isEqualTo(1);

    assertThat(onboarding).isWaitingAt(TASK_CREATE_TOOL_URL, TASK_REGISTER_IN_GOCDB, TASK_CREATE_RT_CATEGORY,
        TASK_DESCRIBE_SUPPORT_UNIT, TASK_NEGOTIATE_OLA, TASK_ACKNOWLEDGE_EGI, TASK_PROVIDE_SECURITY_POLICY,
        TASK_SUBSCRIBE_TOOL_ADMINS, TASK_GRANT_EMAIL_ACCESS);
    completeAs(onboarding, TASK_CREATE_TOOL_URL, GROUP_EGI_OPERATIONS);
    completeAs(onboarding, TASK_CREATE_RT_CATEGORY, GROUP_EGI_OPERATIONS);
    completeAs(onboarding, TASK_DESCRIBE_SUPPORT_UNIT, team);
    execute(job(TASK_REQUEST_SUPPORT_UNIT, onboarding));
    completeAs(onboarding, TASK_CONFIRM_SUPPORT_UNIT, GROUP_EGI_OPERATIONS);
    assertThat(task(TASK_NEGOTIATE_OLA, onboarding)).hasCandidateGroup(GROUP_EGI_OPERATIONS).hasCandidateGroup(team);
    complete(task(TASK_NEGOTIATE_OLA, onboarding), answer(TASK_NEGOTIATE_OLA, toolKey));
    completeAs(onboarding, TASK_SIGN_OLA, GROUP_EGI_OPERATIONS);
    completeAs(onboarding, TASK_ACKNOWLEDGE_EGI, team);
    completeAs(onboarding, TASK_PROVIDE_SECURITY_POLICY, team);
    execute(job(TASK_SUBSCRIBE_TOOL_ADMINS, onboarding));
    completeAs(onboarding, TASK_GRANT_EMAIL_ACCESS, GROUP_EGI_OPERATIONS);
    gocdbRegistration.registeredBeforeCheck(hostnameOf(toolKey), 1);
    completeAs(onboarding, TASK_REGISTER_IN_GOCDB, GROUP_EGI_OPERATIONS);
    execute(job(TASK_CHECK_GOCDB_ENTRY, onboarding));

    assertThat(onboarding).isWaitingAt(TASK_COMPLETE_WIKI_ENTRY);
    assertThat(task(onboarding)).hasCandidateGroup(team);
    complete(task(onboarding), answer(TASK_COMPLETE_WIKI_ENTRY, toolKey));
    execute(job(TASK_PUBLISH_WIKI_ENTRY, onboarding));
    execute(job(TASK_ACTIVATE_TOOL, onboarding));
    execute(job(TASK_SEND_SUMMARY, onboarding));

    assertThat(onboarding).hasPassedInOrder(EVENT_ONBOARDING_REQUESTED, TASK_REVIEW_ONBOARDING, TASK_REGISTER_TOOL,
        TASK_CREATE_TEAM_GROUP, TASK_COMPLETE_WIKI_ENTRY, TASK_PUBLISH_WIKI_ENTRY, TASK_ACTIVATE_TOOL, TASK_SEND_SUMMARY,
        EVENT_TOOL_ACTIVE).hasNotPassed(TASK_CORRECT_REQUEST, TASK_NOTIFY_REJECTION, EVENT_GOCDB_CHECK_DELAY).isEnded();
    assertThat(onboarding.getBusinessKey()).isEqualTo(toolKey);
    assertThat(historicVariables(onboarding)).containsEntry(REQUESTER, requester)
        .containsEntry(TEAM_GROUP, team)
        .containsEntry(GOCDB_ENTRY, hostnameOf(toolKey))
        .containsEntry(GOCDB_CHECKS, 1)
        .containsEntry(QUALITY_OF_SUPPORT, "MEDIUM")
        .containsEntry(WIKI_PAGE, "https://dry-run.invalid/wiki/index.php?title=Tool_" + toolKey)
        .containsKeys(SUPPORT_UNIT_TICKET_ID, WIKI_REVISION, GOCDB_PRIMARY_KEY);

    Tool tool = registry.get(toolKey);
    assertThat(tool).isEqualTo(Tool.builder(toolKey)
        .name("Tool " + toolKey)
        .supportEmail("support@" + toolKey + ".example.org")
        .teamLeaderName("Jana Nováková")
        .teamLeaderEmail("jana@" + toolKey + ".example.org")
        .teamLeaderPhone("+421 2 1234 5678")
        .purpose("Monitors the availability of grid services | for EGI Operations")
        .licence("Apache-2.0")
        .provider("Example Research Institute")
        .sourceCodeUrl("https://github.com/example/" + toolKey)
        .documentationUrl("https://docs.example.org/" + toolKey)
        .category("monitoring")
        .toolUrl("https://" + hostnameOf(toolKey))
        .gocdbEntry(hostnameOf(toolKey))
        .ggusSupportUnit("Tool " + toolKey + " support")
        .rtCategory("Tool " + toolKey)
        .olaLink("https://documents.egi.eu/ola/" + toolKey)
        .wikiPage("https://dry-run.invalid/wiki/index.php?title=Tool_" + toolKey)
        .securityPolicyLink("https://example.org/security-policy")
        .otag(true)
        .umdDistribution(false)
        .qualityOfSupport(QualityOfSupport.MEDIUM)
        .status(ToolStatus.ACTIVE)
        .build());

    JsonNode ticket = onlyRequest(onboarding, "helpdesk", "create-ticket");
    assertThat(ticket.path("group").asText()).isEqualTo("GGUS");
    assertThat(ticket.path("customer").asText()).isEqualTo("jana@" + toolKey + ".example.org");
    assertThat(ticket.path("article").path("body").asText())
        .contains("Support unit name: Tool " + toolKey, "Category: monitoring",
            "Mailing list: tickets@" + toolKey + ".example.org", "Quality of support: MEDIUM",
            "Before opening a ticket, read https://docs.example.org/" + toolKey + "/faq");

    JsonNode page = onlyRequest(onboarding, "wiki", "edit-page");
    assertThat(page.path("title").asText()).isEqualTo("Tool " + toolKey);
    assertThat(page.path("text").asText()).contains("! Tool name", "! Category\n| <nowiki>Monitoring</nowiki>",
        "! Short description", "! URL\n| [https://" + hostnameOf(toolKey), "! Contact", "! GGUS Support Unit",
        "! GOC DB entry\n| <nowiki>" + hostnameOf(toolKey), "! OLA\n| [https://documents.egi.eu/ola/" + toolKey,
        "! Documentation", "! License\n| <nowiki>Apache-2.0</nowiki>", "! Provider", "! Source code",
        "== Change management ==", "! EGI RT dashboard\n| [https://rt.egi.eu/rt/Dashboards/" + toolKey,
        "! Internal bug/task tracker\n| [https://github.com/example/" + toolKey + "/issues", "! OTAG\n| not applicable",
        "== Release and deployment management ==", "! Release schedule\n| <nowiki>Every two months</nowiki>",
        "! Release notes", "! Roadmap\n| not applicable", "! Test instance\n| [https://test." + hostnameOf(toolKey));

    List<JsonNode> mails = requests(onboarding, "mail", "send-mail");
    assertThat(mails).extracting(mail -> mail.path("template").asText())
        .containsExactlyInAnyOrder("tool-admins-subscription", "onboarding-summary");
    JsonNode subscription = mailWithTemplate(mails, "tool-admins-subscription");
    assertThat(subscription.path("to").get(0).asText()).isEqualTo("tool-admins-owner@mailman.egi.eu");
    assertThat(subscription.path("text").asText()).contains("jana@" + toolKey + ".example.org");
    JsonNode summary = mailWithTemplate(mails, "onboarding-summary");
    assertThat(summary.path("to")).extracting(JsonNode::asText)
        .containsExactly("jana@" + toolKey + ".example.org", "operations@egi.eu");
    assertThat(summary.path("text").asText()).contains("is now an ACTIVE EGI production tool",
        "https://dry-run.invalid/wiki/index.php?title=Tool_" + toolKey, "team-" + toolKey);
  }

  @Test
  void theGocdbEntryIsCheckedAgainAfterAWaitUntilItAppearsOnTheThirdCheck() {
    ProcessInstance onboarding = acceptedOnboarding();
    gocdbRegistration.registeredBeforeCheck(hostnameOf(toolKey), 3);
    completeAs(onboarding, TASK_REGISTER_IN_GOCDB, GROUP_EGI_OPERATIONS);

    execute(job(TASK_CHECK_GOCDB_ENTRY, onboarding));
    assertThat(onboarding).isWaitingAt(EVENT_GOCDB_CHECK_DELAY).variables().containsEntry(GOCDB_CHECKS, 1)
        .containsEntry(GOCDB_CHECK_OUTCOME, GOCDB_RETRY).containsEntry(GOCDB_CHECK_DELAY, "PT1H");
    assertThat(job(EVENT_GOCDB_CHECK_DELAY, onboarding).getDuedate()).isNotNull();
    execute(job(EVENT_GOCDB_CHECK_DELAY, onboarding));
    execute(job(TASK_CHECK_GOCDB_ENTRY, onboarding));
    assertThat(onboarding).isWaitingAt(EVENT_GOCDB_CHECK_DELAY).variables().containsEntry(GOCDB_CHECKS, 2);
    execute(job(EVENT_GOCDB_CHECK_DELAY, onboarding));
    execute(job(TASK_CHECK_GOCDB_ENTRY, onboarding));

    assertThat(onboarding).hasPassed(GATEWAY_GOCDB_ENTRY_FOUND).isNotWaitingAt(EVENT_GOCDB_CHECK_DELAY)
        .variables().containsEntry(GOCDB_CHECKS, 3).containsEntry(GOCDB_CHECK_OUTCOME, GOCDB_FOUND)
        .containsEntry(GOCDB_ENTRY, hostnameOf(toolKey));
    assertThat(gocdbLookups(onboarding)).as("every check asked GOCDB").hasSize(3);
  }

  @Test
  void anEntryStillMissingAfterEveryCheckSendsTheRegistrationBackToEgiOperations() {
    ProcessInstance onboarding = acceptedOnboarding();
    int checks = properties.gocdbMaxChecks();
    gocdbRegistration.registeredBeforeCheck(hostnameOf(toolKey), checks + 2);
    completeAs(onboarding, TASK_REGISTER_IN_GOCDB, GROUP_EGI_OPERATIONS);

    for (int check = 1; check < checks; check++) {
      execute(job(TASK_CHECK_GOCDB_ENTRY, onboarding));
      execute(job(EVENT_GOCDB_CHECK_DELAY, onboarding));
    }
    execute(job(TASK_CHECK_GOCDB_ENTRY, onboarding));

    assertThat(onboarding).isWaitingAt(TASK_REGISTER_IN_GOCDB).variables().containsEntry(GOCDB_CHECKS, 0)
        .containsEntry(GOCDB_CHECK_OUTCOME, GOCDB_EXHAUSTED);
    assertThat((String) runtimeService.getVariable(onboarding.getId(), GOCDB_NOTE))
        .contains("'" + hostnameOf(toolKey) + "'", "after " + checks + " checks");
    assertThat(task(TASK_REGISTER_IN_GOCDB, onboarding)).hasCandidateGroup(GROUP_EGI_OPERATIONS);

    completeAs(onboarding, TASK_REGISTER_IN_GOCDB, GROUP_EGI_OPERATIONS);
    execute(job(TASK_CHECK_GOCDB_ENTRY, onboarding));
    execute(job(EVENT_GOCDB_CHECK_DELAY, onboarding));
    execute(job(TASK_CHECK_GOCDB_ENTRY, onboarding));
    assertThat(onboarding).variables().containsEntry(GOCDB_CHECK_OUTCOME, GOCDB_FOUND).containsEntry(GOCDB_CHECKS, 2);
    assertThat(gocdbLookups(onboarding)).hasSize(checks + 2);
  }

  @Test
  void aRequestSentBackIsCorrectedByTheRequesterAndReviewedAgain() {
    ProcessInstance onboarding = requestOnboarding(request(toolKey));
    complete(task(onboarding), Map.of(REVIEW_OUTCOME, CORRECT, REVIEW_COMMENT, "Please give the public repository."));

    assertThat(onboarding).isWaitingAt(TASK_CORRECT_REQUEST);
    assertThat(task(onboarding)).isAssignedTo(requester);
    Map<String, Object> corrected = request(toolKey);
    corrected.put(SOURCE_CODE_URL, "https://gitlab.example.org/public/" + toolKey);
    complete(task(onboarding), corrected);

    assertThat(onboarding).isWaitingAt(TASK_REVIEW_ONBOARDING);
    assertThat(task(onboarding)).hasCandidateGroup(GROUP_EGI_OPERATIONS);
    complete(task(onboarding), Map.of(REVIEW_OUTCOME, ACCEPT));
    execute(job(TASK_REGISTER_TOOL, onboarding));

    assertThat(onboarding).hasPassedInOrder(TASK_REVIEW_ONBOARDING, TASK_CORRECT_REQUEST, TASK_REVIEW_ONBOARDING,
        TASK_REGISTER_TOOL);
    assertThat(registry.get(toolKey).sourceCodeUrl()).isEqualTo("https://gitlab.example.org/public/" + toolKey);
  }

  @Test
  void aRejectedRequestIsExplainedToTheTeamLeaderAndNothingIsRegistered() throws Exception {
    ProcessInstance onboarding = requestOnboarding(request(toolKey));
    complete(task(onboarding), Map.of(REVIEW_OUTCOME, REJECT, REVIEW_COMMENT, "Not an operations tool."));

    execute(job(TASK_NOTIFY_REJECTION, onboarding));

    assertThat(onboarding).hasPassed(TASK_NOTIFY_REJECTION, EVENT_ONBOARDING_REJECTED).hasNotPassed(TASK_REGISTER_TOOL)
        .isEnded();
    assertThat(registry.find(toolKey)).isEmpty();
    assertThat(identityService.createGroupQuery().groupId("team-" + toolKey).count()).isZero();
    JsonNode mail = requests(onboarding, "mail", "send-mail").get(0);
    assertThat(mail.path("to")).extracting(JsonNode::asText).containsExactly("jana@" + toolKey + ".example.org");
    assertThat(mail.path("template").asText()).isEqualTo("onboarding-rejected");
    assertThat(mail.path("text").asText()).contains("Not an operations tool.", "Tool " + toolKey);
  }

  @Test
  void aTaskIsDueAfterFiveWorkingDaysAndThenRemindsItsPeopleByMail() throws Exception {
    User operator = userWithEmail("operator-" + toolKey, GROUP_EGI_OPERATIONS);
    User leader = userWithEmail(requester, null);
    ProcessInstance onboarding;
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-27T10:00:00Z")));
    try {
      onboarding = requestOnboarding(request(toolKey));
    } finally {
      TestClock.reset();
    }
    Date friday = Date.from(Instant.parse("2026-12-04T10:00:00Z"));
    assertThat(task(onboarding)).hasDueDate(friday);
    Job reminder = managementService.createJobQuery().processInstanceId(onboarding.getId())
        .activityId(TASK_REVIEW_ONBOARDING).timers().singleResult();
    assertThat(reminder.getDuedate()).isEqualTo(friday);

    execute(reminder);

    assertThat(onboarding).isWaitingAt(TASK_REVIEW_ONBOARDING);
    JsonNode toOperations = onlyRequest(onboarding, "mail", "send-mail");
    assertThat(toOperations.path("to")).extracting(JsonNode::asText).contains(operator.getEmail());
    assertThat(toOperations.path("subject").asText()).isEqualTo("Reminder: \"Review onboarding request\" is waiting for you");
    assertThat(toOperations.path("text").asText()).contains("due on 2026-12-04 10:00 UTC", "Offered to: egi-operations",
        "(" + toolKey + ")");

    complete(task(onboarding), Map.of(REVIEW_OUTCOME, CORRECT, REVIEW_COMMENT, "Which licence?"));
    execute(managementService.createJobQuery().processInstanceId(onboarding.getId())
        .activityId(TASK_CORRECT_REQUEST).timers().singleResult());
    assertThat(requests(onboarding, "mail", "send-mail")).filteredOn(mail -> mail.path("text").asText()
        .contains("Correct onboarding request")).singleElement()
        .satisfies(mail -> assertThat(mail.path("to")).extracting(JsonNode::asText).containsExactly(leader.getEmail()));
  }

  @Test
  void everyUserTaskHasADueDateAndAReminder() {
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(KEY).latestVersion().singleResult().getId());
    for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
      assertThat(userTask.getCamundaDueDate()).as("due date of %s", userTask.getId()).isEqualTo("${taskDeadlines.dueDate()}");
      assertThat(userTask.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list())
          .as("listeners of %s", userTask.getId())
          .anySatisfy(listener -> assertThat(listener.getCamundaEvent()).isEqualTo("timeout"))
          .anySatisfy(listener -> assertThat(listener.getCamundaEvent()).isEqualTo("complete"));
    }
  }

  private User userWithEmail(String userId, String group) {
    TestUsers.ensureUser(identityService, userId, "secret-" + userId);
    User user = identityService.createUserQuery().userId(userId).singleResult();
    user.setEmail(userId + "@people.example.org");
    identityService.saveUser(user);
    if (group != null) {
      identityService.createMembership(userId, group);
    }
    return user;
  }

  private ProcessInstance requestOnboarding(Map<String, Object> request) {
    identityService.setAuthentication(requester, List.of(GROUP_TOOL_REQUESTERS));
    try {
      return runtimeService.startProcessInstanceByKey(KEY, request);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private ProcessInstance acceptedOnboarding() {
    ProcessInstance onboarding = requestOnboarding(request(toolKey));
    complete(task(onboarding), Map.of(REVIEW_OUTCOME, ACCEPT));
    execute(job(TASK_REGISTER_TOOL, onboarding));
    execute(job(TASK_CREATE_TEAM_GROUP, onboarding));
    return onboarding;
  }

  private void completeAs(ProcessInstance onboarding, String taskKey, String candidateGroup) {
    assertThat(task(taskKey, onboarding)).hasCandidateGroup(candidateGroup);
    complete(task(taskKey, onboarding), answer(taskKey, toolKey));
  }

  private Map<String, Object> historicVariables(ProcessInstance onboarding) {
    return historyService().createHistoricVariableInstanceQuery().processInstanceId(onboarding.getId()).list().stream()
        .filter(variable -> variable.getValue() != null)
        .collect(java.util.stream.Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue,
            (first, second) -> second));
  }

  /** The look-ups of the onboarding's host, which the journal files under the check that made them. */
  private List<JournalEntry> gocdbLookups(ProcessInstance onboarding) {
    return journal.find(onboarding.getId(), "gocdb", 0, 1000).stream()
        .filter(entry -> entry.target().equals("host " + hostnameOf(toolKey)))
        .filter(entry -> entry.operation().equals("get_service_endpoint"))
        .filter(entry -> entry.activityId().equals(TASK_CHECK_GOCDB_ENTRY)).toList();
  }

  private List<JsonNode> requests(ProcessInstance onboarding, String system, String operation) {
    return journal.find(onboarding.getId(), system, 0, 100).stream()
        .filter(entry -> entry.operation().equals(operation))
        .peek(entry -> assertThat(entry.dryRun()).isTrue())
        .map(entry -> {
          try {
            return json.readTree(entry.request());
          } catch (Exception unreadable) {
            throw new AssertionError("journal request is not JSON: " + entry.request(), unreadable);
          }
        }).toList();
  }

  private JsonNode onlyRequest(ProcessInstance onboarding, String system, String operation) {
    List<JsonNode> found = requests(onboarding, system, operation);
    assertThat(found).as("%s %s", system, operation).hasSize(1);
    return found.get(0);
  }

  private static JsonNode mailWithTemplate(List<JsonNode> mails, String template) {
    return mails.stream().filter(mail -> mail.path("template").asText().equals(template)).findFirst().orElseThrow();
  }
}
