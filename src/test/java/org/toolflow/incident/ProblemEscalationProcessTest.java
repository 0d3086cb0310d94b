package org.toolflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.toolflow.incident.IncidentNames.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.change.ChangeRequestProcess;
import org.toolflow.integration.journal.JournalEntry;
import org.toolflow.system.web.InvalidInputException;
import org.toolflow.tools.QualityOfSupport;

@ToolFlowSpringTest
class ProblemEscalationProcessTest extends IncidentTestCase {

  static final String TOOL = "prb-tool";
  static final String INVESTIGATOR = "prb-ops";

  @Override
  protected Map<String, QualityOfSupport> activeTools() {
    return Map.of(TOOL, QualityOfSupport.MEDIUM);
  }

  @BeforeEach
  void setUp() {
    IncidentTestSupport.person(identityService, INVESTIGATOR, "egi-operations");
  }

  @Test
  void aProblemIsInvestigatedFixedThroughAChangeAndClosedWhenTheChangeIsResolved() {
    ProcessInstance problem = start("availability", "GGUS-1,GGUS-2");
    String problemKey = problem.getBusinessKey();
    assertThat(problemKey).startsWith("PRB-");

    IncidentTestSupport.runAsyncJobs(processEngine, problem.getId());

    List<JournalEntry> helpdesk = IncidentTestSupport.journal(journal, problem.getId(), "helpdesk");
    assertThat(helpdesk).extracting(JournalEntry::operation)
        .containsExactly("link-child", "link-child", "create-ticket");
    assertThat(helpdesk.get(2).target()).isEqualTo("group Operations");
    assertThat(helpdesk.get(2).request()).contains("[" + problemKey + "]").contains("GGUS-1, GGUS-2");
    String operationsTicket = (String) runtimeService.getVariable(problem.getId(), OPERATIONS_TICKET_ID);
    assertThat(helpdesk.get(1).request()).contains(operationsTicket).contains("GGUS-1");
    assertThat(helpdesk.get(0).request()).contains(operationsTicket).contains("GGUS-2");
    assertThat(problem).isWaitingAt(TASK_INVESTIGATE);
    assertThat(task(problem)).hasCandidateGroup("egi-operations");

    investigate(problem, "Disk fills up with logs");

    assertThat(problem).hasPassed("Task_RecordKnownError", "Task_RequestFixChange").isWaitingAt("Event_ChangeConcluded");
    String changeKey = (String) runtimeService.getVariable(problem.getId(), CHANGE_KEY);
    assertThat(problems.find(problemKey).orElseThrow().status()).isEqualTo(ProblemRecord.AWAITING_CHANGE);
    ResponseEntity<String> knownErrors = rest.withBasicAuth(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
        .getForEntity("/api/known-errors?toolKey=" + TOOL + "&status=OPEN", String.class);
    assertThat(knownErrors.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(knownErrors.getBody()).contains(problemKey).contains("Disk fills up with logs")
        .contains("Rotate the logs by hand");

    ProcessInstance change = changeOf(problem);
    assertThat(change.getBusinessKey()).isEqualTo(changeKey);
    assertThat(runtimeService.getVariable(change.getId(), ChangeRequestProcess.Vars.REQUESTER)).isEqualTo(INVESTIGATOR);
    approveChange(change);
    runtimeService.createMessageCorrelation(ChangeRequestProcess.MESSAGE_RELEASE_DEPLOYED)
        .processInstanceBusinessKey(changeKey).setVariable(ChangeRequestProcess.Vars.RELEASE_REFERENCE, "1.4.2")
        .correlate();
    IncidentTestSupport.runAsyncJobs(processEngine, change.getId());

    assertThat(problem).hasPassed("Event_ChangeConcluded", "Gateway_ChangeOutcome");
    IncidentTestSupport.runAsyncJobs(processEngine, problem.getId());
    assertThat(problem).hasPassed("Task_CloseProblem").isEnded();
    assertThat(problems.find(problemKey).orElseThrow().status()).isEqualTo(ProblemRecord.CLOSED);
    assertThat(problems.knownErrors(TOOL, KnownError.RESOLVED, 0, 50)).extracting(KnownError::problemKey)
        .contains(problemKey);
    assertThat(IncidentTestSupport.journal(journal, problem.getId(), "helpdesk").get(0).request())
        .contains(changeKey).contains("is resolved");
  }

  @Test
  void aRejectedChangeSendsTheProblemBackToInvestigation() {
    ProcessInstance problem = start("functionality", "");
    IncidentTestSupport.runAsyncJobs(processEngine, problem.getId());
    assertThat(IncidentTestSupport.journal(journal, problem.getId(), "helpdesk")).extracting(JournalEntry::operation)
        .containsExactly("create-ticket");
    investigate(problem, "A race in the scheduler");

    ProcessInstance change = changeOf(problem);
    IncidentTestSupport.runAsyncJobs(processEngine, change.getId());
    completeChangeTask(change, ChangeRequestProcess.Elements.ASSESS, assessment());
    completeChangeTask(change, ChangeRequestProcess.Elements.APPROVE_PRODUCT_TEAMS, Map.of(
        ChangeRequestProcess.Vars.PRODUCT_TEAMS_DECISION, "reject",
        ChangeRequestProcess.Vars.REJECTION_REASON, "Too risky before the summer"));
    // history is still written but no longer published as events: the link must not need them
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    HistoryEventHandler publishing = configuration.getHistoryEventHandler();
    configuration.setHistoryEventHandler(new DbHistoryEventHandler());
    try {
      IncidentTestSupport.runAsyncJobs(processEngine, change.getId());
    } finally {
      configuration.setHistoryEventHandler(publishing);
    }

    assertThat(problem).hasPassed("Event_ChangeConcluded").hasNotPassed("Task_CloseProblem").isWaitingAt(TASK_INVESTIGATE);
    assertThat(runtimeService.getVariable(problem.getId(), CHANGE_STATUS)).isEqualTo("Rejected");

    investigate(problem, "A race in the scheduler, narrowed down");
    String problemKey = problem.getBusinessKey();
    assertThat(problems.knownErrors(TOOL, KnownError.SUPERSEDED, 0, 50)).extracting(KnownError::problemKey)
        .contains(problemKey);
    assertThat(problems.knownErrors(TOOL, KnownError.OPEN, 0, 50)).filteredOn(e -> e.problemKey().equals(problemKey))
        .extracting(KnownError::description).containsExactly("A race in the scheduler, narrowed down");
  }

  @Test
  void badStartDataAndAnIncompleteInvestigationAreRefused() {
    Map<String, Object> bad = new HashMap<>();
    bad.put(TOOL_KEY, "unknown-tool");
    bad.put(CATEGORY, "weather");
    bad.put(RELATED_TICKETS, "GGUS 1; GGUS 2");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROBLEM_ESCALATION, bad))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
            .containsExactlyInAnyOrder(TOOL_KEY, CATEGORY, SUMMARY, RELATED_TICKETS));

    ProcessInstance problem = start("access", "GGUS-7");
    IncidentTestSupport.runAsyncJobs(processEngine, problem.getId());
    Task investigation = task(problem);
    assertThatThrownBy(() -> taskService.complete(investigation.getId(), Map.of(ROOT_CAUSE, "unknown")))
        .satisfies(thrown -> IncidentTestSupport.assertRefused(thrown, e -> assertThat(e.problems()).extracting(p -> p.field())
            .containsExactlyInAnyOrder(KNOWN_ERROR, WORKAROUND, CHANGE_TITLE, CHANGE_DESCRIPTION)));
    assertThat(problem).isWaitingAt(TASK_INVESTIGATE);
  }

  @Test
  void theKnownErrorListRefusesAnUnknownStatus() {
    ResponseEntity<String> answer = rest.withBasicAuth(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
        .getForEntity("/api/known-errors?status=FIXED", String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("status").contains("OPEN, RESOLVED, SUPERSEDED");
  }

  private ProcessInstance start(String category, String relatedTickets) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(TOOL_KEY, TOOL);
    variables.put(CATEGORY, category);
    variables.put(SUMMARY, "The portal stops every few days");
    variables.put(RELATED_TICKETS, relatedTickets);
    return runtimeService.startProcessInstanceByKey(PROBLEM_ESCALATION, variables);
  }

  private void investigate(ProcessInstance problem, String knownError) {
    Task investigation = task(problem);
    taskService.claim(investigation.getId(), INVESTIGATOR);
    taskService.complete(investigation.getId(), Map.of(ROOT_CAUSE, "Log rotation is missing", KNOWN_ERROR, knownError,
        WORKAROUND, "Rotate the logs by hand", CHANGE_TITLE, "Add log rotation",
        CHANGE_DESCRIPTION, "Ship a logrotate configuration with the package"));
    IncidentTestSupport.runAsyncJobs(processEngine, problem.getId());
  }

  private ProcessInstance changeOf(ProcessInstance problem) {
    String changeInstance = (String) runtimeService.getVariable(problem.getId(), "changeProcessInstanceId");
    return runtimeService.createProcessInstanceQuery().processInstanceId(changeInstance).singleResult();
  }

  private void approveChange(ProcessInstance change) {
    IncidentTestSupport.runAsyncJobs(processEngine, change.getId());
    completeChangeTask(change, ChangeRequestProcess.Elements.ASSESS, assessment());
    completeChangeTask(change, ChangeRequestProcess.Elements.APPROVE_PRODUCT_TEAMS,
        Map.of(ChangeRequestProcess.Vars.PRODUCT_TEAMS_DECISION, "approve"));
    completeChangeTask(change, ChangeRequestProcess.Elements.APPROVE_OMB,
        Map.of(ChangeRequestProcess.Vars.OMB_DECISION, "approve"));
    IncidentTestSupport.runAsyncJobs(processEngine, change.getId());
    assertThat(change).isWaitingAt(ChangeRequestProcess.Elements.RELEASE_OUTCOME);
  }

  private static Map<String, Object> assessment() {
    return Map.of(ChangeRequestProcess.Vars.EFFORT, "days", ChangeRequestProcess.Vars.IMPACT, "low",
        ChangeRequestProcess.Vars.RISK, "low", ChangeRequestProcess.Vars.PRIORITY, 2,
        ChangeRequestProcess.Vars.INTENDED_DEPLOYMENT_DATE, "2030-01-15");
  }

  private void completeChangeTask(ProcessInstance change, String taskKey, Map<String, Object> variables) {
    IncidentTestSupport.runAsyncJobs(processEngine, change.getId());
    Task task = taskService.createTaskQuery().processInstanceId(change.getId()).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("change task %s", taskKey).isNotNull();
    taskService.complete(task.getId(), variables);
  }
}
