package org.toolflow.retirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.toolflow.retirement.ToolRetirementProcess.Elements.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.ActingAs;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.change.ChangeHoldProcess;
import org.toolflow.change.ChangeRecords;
import org.toolflow.change.ChangeRequestProcess;
import org.toolflow.change.ChangeStatus;
import org.toolflow.incident.IncidentTestSupport;
import org.toolflow.integration.journal.ActionJournal;
import org.toolflow.integration.journal.JournalEntry;
import org.toolflow.retirement.ToolRetirementProcess.Vars;
import org.toolflow.security.AccessPolicy;
import org.toolflow.security.Roles;
import org.toolflow.security.ToolGroups;
import org.toolflow.tools.QualityOfSupport;
import org.toolflow.tools.ToolRegistry;
import org.toolflow.tools.ToolStatus;

/** The tool retirement process, path by path, with the change requests of the retired tool and its groups. */
@ToolFlowSpringTest
class ToolRetirementProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired ToolRegistry registry;
  @Autowired AccessPolicy accessPolicy;
  @Autowired ChangeRecords changes;
  @Autowired ActionJournal journal;

  String operator;
  String customer;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    operator = IncidentTestSupport.person(identityService, "retirement-operator", Roles.EGI_OPERATIONS);
    customer = IncidentTestSupport.person(identityService, "retirement-customer", Roles.CUSTOMER_REPS);
  }

  @Test
  void anApprovedRetirementRemovesEverythingRejectsTheOpenChangesAndClosesTheGroups() {
    String tool = toolWithTeam("retiring-tool");
    String lead = "retiring-tool-lead";
    ProcessInstance assessed = fileChange(tool, "normal", "Dark mode");
    ProcessInstance inProgress = fileChange(tool, "emergency", "Patch the login");
    ProcessInstance held = fileChange(tool, "normal", "New export");
    hold(held.getBusinessKey());
    assertThat(changes.get(held.getBusinessKey()).status()).isEqualTo(ChangeStatus.STALLED);

    ProcessInstance retirement = request(lead, tool, "Replaced by the new portal");

    assertThat(retirement.getBusinessKey()).isEqualTo("RETIRE-" + tool);
    assertThat(retirement).isWaitingAt(APPROVE);
    assertThat(task(retirement)).hasCandidateGroup(Roles.EGI_OPERATIONS);
    assertThat(runtimeService.getVariable(retirement.getId(), Vars.REQUESTED_BY)).isEqualTo(lead);
    complete(operator, retirement, APPROVE, Map.of(Vars.DECISION, "approve"));

    assertThat(retirement).hasPassed(GATEWAY_APPROVED)
        .isWaitingAt(REMOVE_GOCDB_ENTRY, REMOVE_SUPPORT_UNIT, REMOVE_WIKI_PAGE, REMOVE_RT_CATEGORY);
    for (String removal : List.of(REMOVE_GOCDB_ENTRY, REMOVE_SUPPORT_UNIT, REMOVE_WIKI_PAGE, REMOVE_RT_CATEGORY)) {
      assertThat(task(removal, retirement)).hasCandidateGroup(Roles.EGI_OPERATIONS);
    }
    assertThatThrownBy(() -> complete(operator, retirement, REMOVE_WIKI_PAGE, Map.of(Vars.WIKI_PAGE_REMOVED, false)))
        .satisfies(thrown -> IncidentTestSupport.assertRefused(thrown, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo(Vars.WIKI_PAGE_REMOVED))));
    complete(operator, retirement, REMOVE_GOCDB_ENTRY, Map.of(Vars.GOCDB_REMOVED, true));
    complete(operator, retirement, REMOVE_SUPPORT_UNIT, Map.of(Vars.SUPPORT_UNIT_REMOVED, true,
        Vars.REMOVAL_NOTE, "GGUS closed it, no ticket left"));
    complete(operator, retirement, REMOVE_WIKI_PAGE, Map.of(Vars.WIKI_PAGE_REMOVED, true));
    assertThat(registry.get(tool).status()).as("still active until every removal is done").isEqualTo(ToolStatus.ACTIVE);
    complete(operator, retirement, REMOVE_RT_CATEGORY, Map.of(Vars.RT_CATEGORY_REMOVED, true));
    IncidentTestSupport.runAsyncJobs(engine, retirement.getId());

    assertThat(retirement).hasPassed(RETIRE_TOOL, REJECT_OPEN_CHANGES, CLOSE_GROUPS, MAIL_RETIRED, END_RETIRED)
        .hasNotPassed(MAIL_REFUSAL).isEnded();
    assertThat(registry.get(tool).status()).isEqualTo(ToolStatus.RETIRED);
    for (ProcessInstance change : List.of(assessed, inProgress, held)) {
      IncidentTestSupport.runAsyncJobs(engine, change.getId());
      assertThat(change).hasPassed(ChangeRequestProcess.Elements.TOOL_RETIRED,
          ChangeRequestProcess.Elements.SET_REJECTED_TOOL_RETIRED, ChangeRequestProcess.Elements.MAIL_REJECTION_TOOL_RETIRED,
          ChangeRequestProcess.Elements.END_TOOL_RETIRED).isEnded();
      assertThat(changes.get(change.getBusinessKey()).status()).isEqualTo(ChangeStatus.REJECTED);
      assertThat(changes.get(change.getBusinessKey()).decisionReason()).contains("is retired")
          .contains("Replaced by the new portal");
      assertThat(IncidentTestSupport.journal(journal, change.getId(), "mail"))
          .filteredOn(mail -> ChangeRequestProcess.Elements.MAIL_REJECTION_TOOL_RETIRED.equals(mail.activityId()))
          .singleElement().satisfies(mail -> assertThat(mail.request()).contains(customer + "@example.org")
              .contains("Replaced by the new portal"));
    }
    assertThat((String) historicVariable(retirement, Vars.REJECTED_CHANGES)).contains(assessed.getBusinessKey(),
        inProgress.getBusinessKey(), held.getBusinessKey());
    JournalEntry retiredMail = IncidentTestSupport.journal(journal, retirement.getId(), "mail").stream()
        .filter(mail -> MAIL_RETIRED.equals(mail.activityId())).findFirst().orElseThrow();
    assertThat(retiredMail.request()).contains(tool + "-support@example.org").contains("operations@example.org")
        .contains(lead + "@example.org").contains("is retired");

    // The groups stay, with their members, but start nothing any more.
    assertThat(identityService.createUserQuery().memberOfGroup(ToolGroups.team(tool)).userId(lead).count()).isOne();
    for (String group : List.of(ToolGroups.team(tool), ToolGroups.otag(tool))) {
      assertThat(identityService.createGroupQuery().groupId(group).singleResult().getType())
          .isEqualTo(Roles.CLOSED_GROUP_TYPE);
      assertThat(authorizationService.isUserAuthorized(lead, List.of(group),
          ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "release")).isFalse();
    }
    // A retired tool gets nothing new.
    assertThatThrownBy(() -> fileChange(tool, "normal", "One more")).hasMessageContaining("no ACTIVE tool '" + tool + "'");
    assertThatThrownBy(() -> request(operator, tool, "Again")).satisfies(thrown -> IncidentTestSupport.assertRefused(
        thrown, e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
            .startsWith("the key of an ACTIVE tool of the registry"))));
    assertThatThrownBy(() -> ActingAs.as(identityService, operator, () -> runtimeService.startProcessInstanceByKey(
        "maintenance-window", Map.of("toolKey", tool, "severity", "WARNING", "startsAt", "2030-01-01T10:00:00Z",
            "endsAt", "2030-01-01T12:00:00Z", "description", "Upgrade"))))
        .hasMessageContaining("not retired");
  }

  @Test
  void aRefusedRetirementKeepsTheToolActiveAndTellsTheRequesterWhy() {
    String tool = toolWithTeam("kept-tool");
    ProcessInstance retirement = request(operator, tool, "Nobody uses it");

    assertThatThrownBy(() -> complete(operator, retirement, APPROVE, Map.of(Vars.DECISION, "refuse")))
        .satisfies(thrown -> IncidentTestSupport.assertRefused(thrown, e -> assertThat(e.problems())
            .extracting(p -> p.field()).containsExactly(Vars.DECISION_COMMENT)));
    complete(operator, retirement, APPROVE, Map.of(Vars.DECISION, "refuse",
        Vars.DECISION_COMMENT, "Three communities still depend on it"));
    IncidentTestSupport.runAsyncJobs(engine, retirement.getId());

    assertThat(retirement).hasPassed(MAIL_REFUSAL, END_REFUSED).hasNotPassed(REMOVE_GOCDB_ENTRY, RETIRE_TOOL).isEnded();
    assertThat(registry.get(tool).status()).isEqualTo(ToolStatus.ACTIVE);
    assertThat(lastMail(retirement.getId()).request()).contains("Three communities still depend on it")
        .contains(operator + "@example.org").contains(tool + "-support@example.org");
    assertThat(identityService.createGroupQuery().groupId(ToolGroups.team(tool)).singleResult().getType())
        .isNotEqualTo(Roles.CLOSED_GROUP_TYPE);
  }

  @Test
  void onlyTheTeamOrEgiOperationsMayAskOnceForAnActiveToolWithAReason() {
    String tool = toolWithTeam("asked-tool");
    String otherTeamLead = IncidentTestSupport.person(identityService, "other-team-lead");
    accessPolicy.ensureOperatorGroup(ToolGroups.team("some-other-tool"), "Team of another tool", otherTeamLead);

    // Another tool's team may start the process, but not for this tool; a customer representative may not start it.
    assertRefusedOn(() -> request(otherTeamLead, tool, "Not mine"), Vars.TOOL_KEY);
    assertThatThrownBy(() -> request(customer, tool, "Not mine either")).isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("CREATE_INSTANCE").hasMessageContaining(ToolRetirementProcess.PROCESS_KEY);
    assertRefusedOn(() -> request(operator, "no-such-tool", "Gone"), Vars.TOOL_KEY);
    assertRefusedOn(() -> request(operator, tool, " "), Vars.RETIREMENT_REASON);

    ProcessInstance first = request("asked-tool-lead", tool, "Replaced");
    assertThat(first).isWaitingAt(APPROVE);
    assertThatThrownBy(() -> request(operator, tool, "Twice")).satisfies(thrown -> IncidentTestSupport.assertRefused(
        thrown, e -> assertThat(e.problems()).extracting(p -> p.message()).containsExactly(
            "tool '" + tool + "' is already being retired")));
  }

  // ---- helpers

  /** An ACTIVE tool whose team has a lead with an e-mail address, and an OTAG. */
  private String toolWithTeam(String tool) {
    IncidentTestSupport.activeTool(registry, tool, QualityOfSupport.MEDIUM);
    String lead = IncidentTestSupport.person(identityService, tool + "-lead");
    accessPolicy.ensureOperatorGroup(ToolGroups.team(tool), "Team of " + tool, lead);
    accessPolicy.ensureOperatorGroup(ToolGroups.otag(tool), "OTAG of " + tool);
    return tool;
  }

  private ProcessInstance request(String userId, String tool, String reason) {
    Map<String, Object> start = new HashMap<>();
    start.put(Vars.TOOL_KEY, tool);
    start.put(Vars.RETIREMENT_REASON, reason);
    return ActingAs.as(identityService, userId, () -> runtimeService.startProcessInstanceByKey(
        ToolRetirementProcess.PROCESS_KEY, start));
  }

  private void complete(String userId, ProcessInstance instance, String activityId, Map<String, Object> values) {
    String taskId = task(activityId, instance).getId();
    ActingAs.as(identityService, userId, () -> {
      taskService.complete(taskId, values);
      return null;
    });
  }

  /** A change request of the tool, filed by the customer, with its first steps run. */
  private ProcessInstance fileChange(String tool, String type, String title) {
    Map<String, Object> request = new HashMap<>();
    request.put(ChangeRequestProcess.Vars.TOOL_KEY, tool);
    request.put(ChangeRequestProcess.Vars.TITLE, title);
    request.put(ChangeRequestProcess.Vars.DESCRIPTION, "Asked before the tool was retired");
    request.put(ChangeRequestProcess.Vars.REQUESTED_TYPE, type);
    request.put(ChangeRequestProcess.Vars.SECURITY_VULNERABILITY, "emergency".equals(type));
    ProcessInstance change = ActingAs.as(identityService, customer, () -> runtimeService.startProcessInstanceByKey(
        ChangeRequestProcess.PROCESS_KEY, request));
    IncidentTestSupport.runAsyncJobs(engine, change.getId());
    return change;
  }

  private void hold(String changeKey) {
    Map<String, Object> hold = new HashMap<>();
    hold.put(ChangeHoldProcess.Vars.CHANGE_KEY, changeKey);
    hold.put(ChangeHoldProcess.Vars.HOLD_ACTION, "hold");
    hold.put(ChangeHoldProcess.Vars.HOLD_REASON, "Waiting for the customer");
    ProcessInstance instance = ActingAs.as(identityService, customer, () -> runtimeService.startProcessInstanceByKey(
        ChangeHoldProcess.PROCESS_KEY, hold));
    IncidentTestSupport.runAsyncJobs(engine, instance.getId());
  }

  private JournalEntry lastMail(String processInstanceId) {
    List<JournalEntry> mails = IncidentTestSupport.journal(journal, processInstanceId, "mail");
    assertThat(mails).isNotEmpty();
    return mails.get(mails.size() - 1);
  }

  private Object historicVariable(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  private static void assertRefusedOn(Runnable start, String field) {
    assertThatThrownBy(start::run).satisfies(thrown -> IncidentTestSupport.assertRefused(thrown,
        e -> assertThat(e.problems()).extracting(p -> p.field()).contains(field)));
  }
}
