package org.toolflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.toolflow.incident.IncidentNames.*;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.integration.journal.JournalEntry;
import org.toolflow.system.web.InvalidInputException;
import org.toolflow.tools.QualityOfSupport;

@ToolFlowSpringTest
class IncidentProcessTest extends IncidentTestCase {

  static final String TOOL = "inc-advanced";
  static final String MEDIUM_TOOL = "inc-medium";

  @Autowired WorkingHours workingHours;

  @Override
  protected Map<String, QualityOfSupport> activeTools() {
    return Map.of(TOOL, QualityOfSupport.ADVANCED, MEDIUM_TOOL, QualityOfSupport.MEDIUM);
  }

  @Test
  void anIncidentIsAnsweredAndResolvedWithinItsTargets() {
    ProcessInstance incident = start(TOOL, "top priority", "availability", false);

    assertThat(incident).isWaitingAt(TASK_RESPOND);
    assertThat(incident.getBusinessKey()).isEqualTo(variable(incident, TICKET_ID));
    Task respond = task(incident);
    assertThat(respond).hasCandidateGroup("team-" + TOOL);
    Date reported = (Date) runtimeService.getVariable(incident.getId(), REPORTED_AT);
    // ADVANCED x top priority: respond within 4 working hours, resolve within 16.
    assertThat(respond.getDueDate().toInstant()).isEqualTo(workingHours.plus(reported.toInstant(), Duration.ofHours(4)));
    assertThat(incidents.find(ticket(incident))).hasValueSatisfying(row -> {
      assertThat(row.status()).isEqualTo(IncidentRecord.OPEN);
      assertThat(row.qualityOfSupport()).isEqualTo("ADVANCED");
      assertThat(row.resolutionDue()).isEqualTo(workingHours.plus(reported.toInstant(), Duration.ofHours(16)));
    });

    complete(respond, withVariables(CATEGORY, "availability", RESPONSE_NOTE, "We are looking into it.",
        SECURITY_RELATED, false));
    IncidentTestSupport.runAsyncJobs(processEngine, incident.getId());

    assertThat(incident).hasPassed("Task_AnswerTicket", "Task_CheckRecurrence").isWaitingAt(TASK_RESOLVE);
    assertThat(task(incident).getDueDate().toInstant())
        .isEqualTo(workingHours.plus(reported.toInstant(), Duration.ofHours(16)));
    assertThat(incidents.find(ticket(incident)).orElseThrow().status()).isEqualTo(IncidentRecord.RESPONDED);

    complete(task(incident), withVariables(RESOLUTION_OUTCOME, OUTCOME_RESOLVED, RESOLUTION_NOTE, "Restarted the broker."));
    IncidentTestSupport.runAsyncJobs(processEngine, incident.getId());

    assertThat(incident).hasPassed("Task_CloseTicket").isEnded().hasPassed("End_IncidentResolved");
    assertThat(incidents.find(ticket(incident)).orElseThrow().status()).isEqualTo(IncidentRecord.RESOLVED);
    List<JournalEntry> helpdesk = IncidentTestSupport.journal(journal, incident.getId(), "helpdesk");
    assertThat(helpdesk).extracting(JournalEntry::operation).containsExactly("add-article", "add-article");
    assertThat(helpdesk.get(1).request()).contains("We are looking into it.").contains(ticket(incident));
    assertThat(helpdesk.get(0).request()).contains("Restarted the broker.");
  }

  @Test
  void aMediumSupportUnitGetsOneWorkingDayForAVeryUrgentTicket() {
    ProcessInstance incident = start(MEDIUM_TOOL, "very urgent", null, false);

    Date reported = (Date) runtimeService.getVariable(incident.getId(), REPORTED_AT);
    assertThat(task(incident).getDueDate().toInstant())
        .isEqualTo(workingHours.plus(reported.toInstant(), workingHours.day()));
    assertThat(runtimeService.getVariable(incident.getId(), RESPONSE_HOURS)).isEqualTo(8);
  }

  @Test
  void aMissedResponseTargetEscalatesToEgiOperationsAndLeavesTheTaskWithTheTeam() {
    ProcessInstance incident = start(TOOL, "urgent", "performance", false);
    Job breach = IncidentTestSupport.timer(processEngine, incident.getId(), "Event_ResponseTargetBreached");
    assertThat(breach.getDuedate()).isEqualTo(runtimeService.getVariable(incident.getId(), RESPONSE_DUE));

    processEngine.getManagementService().executeJob(breach.getId());
    IncidentTestSupport.runAsyncJobs(processEngine, incident.getId());

    assertThat(incident).hasPassed("Task_EscalateResponseBreach", "End_ResponseBreachEscalated").isWaitingAt(TASK_RESPOND);
    JournalEntry mail = IncidentTestSupport.journal(journal, incident.getId(), "mail").get(0);
    assertThat(mail.target()).contains("operations@example.org");
    assertThat(mail.request()).contains("missed its response target").contains("8 working hours");
    assertThat(incidents.find(ticket(incident)).orElseThrow().responseBreached()).isTrue();
  }

  @Test
  void aMissedResolutionTargetEscalatesToo() {
    ProcessInstance incident = respondedIncident(TOOL, "functionality");
    Job breach = IncidentTestSupport.timer(processEngine, incident.getId(), "Event_ResolutionTargetBreached");
    assertThat(breach.getDuedate()).isEqualTo(runtimeService.getVariable(incident.getId(), RESOLUTION_DUE));

    processEngine.getManagementService().executeJob(breach.getId());
    IncidentTestSupport.runAsyncJobs(processEngine, incident.getId());

    assertThat(incident).hasPassed("Task_EscalateResolutionBreach", "End_ResolutionBreachEscalated")
        .isWaitingAt(TASK_RESOLVE);
    assertThat(IncidentTestSupport.journal(journal, incident.getId(), "mail").get(0).request())
        .contains("missed its resolution target");
    assertThat(incidents.find(ticket(incident)).orElseThrow().resolutionBreached()).isTrue();
  }

  @Test
  void anIncidentReportedAsSecurityGoesStraightToEgiCsirt() {
    ProcessInstance incident = start(TOOL, "top priority", null, true);

    assertThat(incident).hasPassed("Gateway_JoinSecurity").isWaitingAt("CallActivity_SecurityIncident");
    finishSecurityIncident(incident);

    assertThat(incident).hasPassed("Task_CloseSecurityTicket", "End_ClosedAsSecurity").isEnded();
    assertThat(incidents.find(ticket(incident)).orElseThrow().status()).isEqualTo(IncidentRecord.CLOSED_AS_SECURITY);
    assertThat(IncidentTestSupport.journal(journal, incident.getId(), "helpdesk").get(0).request())
        .contains("handled with EGI CSIRT");
  }

  @Test
  void theTeamCanFindItIsSecurityRelatedWhenResponding() {
    ProcessInstance incident = start(TOOL, "urgent", null, false);

    complete(task(incident), withVariables(CATEGORY, "access", RESPONSE_NOTE, "Handled privately.", SECURITY_RELATED, true));
    IncidentTestSupport.runAsyncJobs(processEngine, incident.getId());

    assertThat(incident).hasNotPassed("Task_CheckRecurrence").isWaitingAt("CallActivity_SecurityIncident");
    finishSecurityIncident(incident);
    assertThat(incident).isEnded().hasPassed("End_ClosedAsSecurity");
  }

  @Test
  void theTeamCanFindItIsSecurityRelatedWhenResolving() {
    ProcessInstance incident = respondedIncident(TOOL, "data");

    complete(task(incident), withVariables(RESOLUTION_OUTCOME, OUTCOME_SECURITY, RESOLUTION_NOTE, "Data was exposed."));

    assertThat(incident).hasPassed("Gateway_ResolutionOutcome").hasNotPassed("Task_CloseTicket").isWaitingAt("CallActivity_SecurityIncident");
    finishSecurityIncident(incident);
    assertThat(incident).isEnded().hasPassed("End_ClosedAsSecurity");
  }

  @Test
  void anIncidentTheTeamCannotSolveStartsProblemEscalation() {
    ProcessInstance incident = respondedIncident(TOOL, "documentation");

    complete(task(incident), withVariables(RESOLUTION_OUTCOME, OUTCOME_CANNOT_SOLVE, RESOLUTION_NOTE, "Beyond us."));

    assertThat(incident).hasPassed("Task_RaiseUnsolvedProblem").isEnded().hasPassed("End_IncidentEscalated");
    ProcessInstance problem = problemOf(TOOL, "documentation");
    assertThat(problem).isNotNull();
    assertThat(runtimeService.getVariable(problem.getId(), PROBLEM_REASON)).isEqualTo(REASON_UNSOLVED);
    assertThat(runtimeService.getVariable(problem.getId(), RELATED_TICKETS)).isEqualTo(ticket(incident));
    IncidentRecord row = incidents.find(ticket(incident)).orElseThrow();
    assertThat(row.status()).isEqualTo(IncidentRecord.ESCALATED);
    assertThat(row.problemKey()).isEqualTo(problem.getBusinessKey()).startsWith("PRB-");
  }

  @Test
  void theThirdIncidentOfOneToolAndCategoryWithin30DaysStartsAProblem() {
    ProcessInstance first = respondedIncident(MEDIUM_TOOL, "performance");
    ProcessInstance second = respondedIncident(MEDIUM_TOOL, "performance");
    assertThat(first).hasNotPassed("Task_RaiseRecurringProblem");
    assertThat(second).hasNotPassed("Task_RaiseRecurringProblem");
    assertThat(problemOf(MEDIUM_TOOL, "performance")).isNull();

    ProcessInstance third = respondedIncident(MEDIUM_TOOL, "performance");

    assertThat(third).hasPassed("Task_RaiseRecurringProblem").isWaitingAt(TASK_RESOLVE);
    ProcessInstance problem = problemOf(MEDIUM_TOOL, "performance");
    assertThat(runtimeService.getVariable(problem.getId(), PROBLEM_REASON)).isEqualTo(REASON_RECURRENCE);
    assertThat(runtimeService.getVariable(problem.getId(), RELATED_TICKETS))
        .isEqualTo(String.join(",", ticket(first), ticket(second), ticket(third)));
    // Counted once: the fourth incident of the same kind does not raise a second problem.
    ProcessInstance fourth = respondedIncident(MEDIUM_TOOL, "performance");
    assertThat(fourth).hasNotPassed("Task_RaiseRecurringProblem");
  }

  @Test
  void badStartDataIsRefusedFieldByFieldAndNothingStarts() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(INCIDENT).count();
    Map<String, Object> bad = new HashMap<>();
    bad.put(TICKET_ID, "not a ticket id");
    bad.put(TOOL_KEY, "no-such-tool");
    bad.put(PRIORITY, "someday");
    bad.put(CATEGORY, "weather");

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(INCIDENT, bad))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.field()).containsExactlyInAnyOrder(TICKET_ID, TOOL_KEY, PRIORITY, CATEGORY, TITLE));
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(INCIDENT).count()).isEqualTo(before);
  }

  @Test
  void aTicketIsAnIncidentOnce() {
    ProcessInstance incident = start(TOOL, "urgent", null, false);

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(INCIDENT, startVariables(ticket(incident), TOOL,
        "urgent", null, false)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("is already an incident");
  }

  @Test
  void theTeamsAnswerNeedsACategoryAndAText() {
    ProcessInstance incident = start(TOOL, "urgent", null, false);
    Task respond = task(incident);

    assertThatThrownBy(() -> processEngine.getTaskService().complete(respond.getId(), Map.of(SECURITY_RELATED, false)))
        .satisfies(thrown -> IncidentTestSupport.assertRefused(thrown, e -> assertThat(e.problems())
            .extracting(p -> p.field()).containsExactlyInAnyOrder(CATEGORY, RESPONSE_NOTE)));
    assertThat(incident).isWaitingAt(TASK_RESPOND);

    complete(respond, withVariables(CATEGORY, "other", RESPONSE_NOTE, "On it.", SECURITY_RELATED, false));
    IncidentTestSupport.runAsyncJobs(processEngine, incident.getId());
    assertThatThrownBy(() -> processEngine.getTaskService().complete(task(incident).getId(),
        Map.of(RESOLUTION_OUTCOME, "gave up")))
        .satisfies(thrown -> IncidentTestSupport.assertRefused(thrown, e -> assertThat(e.problems())
            .extracting(p -> p.field()).containsExactlyInAnyOrder(RESOLUTION_OUTCOME, RESOLUTION_NOTE)));
  }

  @Test
  void theEngineRestAnswers400NamingTheFieldOnABadStartForm() {
    Map<String, Object> body = Map.of("variables", Map.of(
        TICKET_ID, Map.of("value", "REST-" + UUID.randomUUID().toString().substring(0, 8)),
        TOOL_KEY, Map.of("value", TOOL),
        PRIORITY, Map.of("value", "whenever"),
        TITLE, Map.of("value", "Broken")));

    ResponseEntity<String> answer = rest.withBasicAuth(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
        .postForEntity("/engine-rest/process-definition/key/incident/submit-form", body, String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("priority").contains("less urgent, urgent, very urgent, top priority");
  }

  @Test
  void theEngineRestAnswers400NamingTheFieldOnABadTaskForm() {
    ProcessInstance incident = start(TOOL, "urgent", null, false);
    Map<String, Object> body = Map.of("variables", Map.of(
        CATEGORY, Map.of("value", "weather"), RESPONSE_NOTE, Map.of("value", "On it."),
        SECURITY_RELATED, Map.of("value", false)));

    ResponseEntity<String> answer = rest.withBasicAuth(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
        .postForEntity("/engine-rest/task/" + task(incident).getId() + "/submit-form", body, String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("category").contains("availability, functionality");
    assertThat(incident).isWaitingAt(TASK_RESPOND);
  }

  @Test
  void egiOperationsEntersAnIncidentByHandAndTheTeamAnswersItThroughTheForms() {
    String operator = IncidentTestSupport.person(identityService, "inc-operator", "egi-operations");
    String member = IncidentTestSupport.person(identityService, "inc-member");
    accessPolicy.ensureOperatorGroup("team-" + TOOL, "Team of " + TOOL, member);
    String ticketId = "HAND-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> start = Map.of("variables", Map.of(TICKET_ID, Map.of("value", ticketId),
        TOOL_KEY, Map.of("value", TOOL), PRIORITY, Map.of("value", "very urgent"),
        TITLE, Map.of("value", "Certificates expired"), SECURITY_RELATED, Map.of("value", false)));

    ResponseEntity<String> started = rest.withBasicAuth(operator, "secret-" + operator)
        .postForEntity("/engine-rest/process-definition/key/incident/submit-form", start, String.class);

    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    ProcessInstance incident = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ticketId)
        .singleResult();
    Map<String, Object> answer = Map.of("variables", Map.of(CATEGORY, Map.of("value", "access"),
        RESPONSE_NOTE, Map.of("value", "Renewing them now."), SECURITY_RELATED, Map.of("value", false)));
    ResponseEntity<String> answered = rest.withBasicAuth(member, "secret-" + member)
        .postForEntity("/engine-rest/task/" + task(incident).getId() + "/submit-form", answer, String.class);

    assertThat(answered.getStatusCode()).as(answered.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    IncidentTestSupport.runAsyncJobs(processEngine, incident.getId());
    assertThat(incident).isWaitingAt(TASK_RESOLVE);
  }

  private ProcessInstance start(String tool, String priority, String category, boolean security) {
    String ticketId = "GGUS-" + UUID.randomUUID().toString().substring(0, 8);
    return runtimeService.startProcessInstanceByKey(INCIDENT, startVariables(ticketId, tool, priority, category, security));
  }

  private static Map<String, Object> startVariables(String ticketId, String tool, String priority, String category,
      boolean security) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(TICKET_ID, ticketId);
    variables.put(TOOL_KEY, tool);
    variables.put(PRIORITY, priority);
    if (category != null) {
      variables.put(CATEGORY, category);
    }
    variables.put(TITLE, "Service answers 500");
    variables.put(DESCRIPTION, "Since 09:00 every request fails.");
    variables.put(SECURITY_RELATED, security);
    return variables;
  }

  private ProcessInstance respondedIncident(String tool, String category) {
    ProcessInstance incident = start(tool, "urgent", null, false);
    complete(task(incident), withVariables(CATEGORY, category, RESPONSE_NOTE, "Looking.", SECURITY_RELATED, false));
    IncidentTestSupport.runAsyncJobs(processEngine, incident.getId());
    assertThat(incident).isWaitingAt(TASK_RESOLVE);
    return incident;
  }

  /** Drives the called security-incident to its end with EGI CSIRT's agreement, and the incident after it. */
  private void finishSecurityIncident(ProcessInstance incident) {
    ProcessInstance security = runtimeService.createProcessInstanceQuery().superProcessInstanceId(incident.getId())
        .singleResult();
    assertThat(security.getBusinessKey()).isEqualTo(incident.getBusinessKey());
    complete(task(security), withVariables("incidentReport", "Credentials leaked.", "affectedSystems", "broker.example.org",
        "reporterContact", "team@example.org"));
    IncidentTestSupport.runAsyncJobs(processEngine, security.getId());
    complete(task(security), withVariables("csirtDecision", "agreeToClose"));
    IncidentTestSupport.runAsyncJobs(processEngine, security.getId());
    assertThat(security).isEnded();
    IncidentTestSupport.runAsyncJobs(processEngine, incident.getId());
  }

  private ProcessInstance problemOf(String tool, String category) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROBLEM_ESCALATION)
        .variableValueEquals(TOOL_KEY, tool).variableValueEquals(CATEGORY, category).singleResult();
  }

  private String ticket(ProcessInstance incident) {
    return incident.getBusinessKey();
  }

  private Object variable(ProcessInstance instance, String name) {
    return runtimeService.getVariable(instance.getId(), name);
  }
}
