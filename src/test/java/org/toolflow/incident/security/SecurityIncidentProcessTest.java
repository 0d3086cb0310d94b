package org.toolflow.incident.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.toolflow.incident.security.SecurityIncidentNames.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.TestClock;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.incident.IncidentTestSupport;
import org.toolflow.integration.journal.ActionJournal;
import org.toolflow.integration.journal.JournalEntry;
import org.toolflow.system.web.InvalidInputException;
import org.toolflow.tools.QualityOfSupport;
import org.toolflow.tools.ToolRegistry;

@ToolFlowSpringTest
class SecurityIncidentProcessTest {

  static final String TOOL = "sec-tool";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ToolRegistry registry;
  @Autowired ActionJournal journal;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    IncidentTestSupport.activeTool(registry, TOOL, QualityOfSupport.MEDIUM);
  }

  @Test
  void reportedToCsirtHandledWithItAndClosedWithItsAgreement() {
    Instant before = TestClock.now();
    ProcessInstance incident = start();
    Instant after = TestClock.now();

    assertThat(incident.getBusinessKey()).startsWith("SEC-");
    assertThat(incident).isWaitingAt(TASK_REPORT);
    assertThat(task(incident)).hasCandidateGroup("team-" + TOOL);
    // The default reporting deadline: 4 hours after the incident became known.
    assertThat(task(incident).getDueDate().toInstant())
        .isBetween(before.plus(Duration.ofHours(4)).minusMillis(1000), after.plus(Duration.ofHours(4)).plusMillis(1000));

    complete(task(incident), withVariables(INCIDENT_REPORT, "An attacker used a leaked token.",
        AFFECTED_SYSTEMS, "portal.example.org", REPORTER_CONTACT, "team@example.org"));
    IncidentTestSupport.runAsyncJobs(engine, incident.getId());

    JournalEntry report = IncidentTestSupport.journal(journal, incident.getId(), "mail").get(0);
    assertThat(report.target()).startsWith("to csirt@example.org");
    assertThat(report.request()).contains("An attacker used a leaked token.").contains("portal.example.org");
    assertThat(incident).isWaitingAt(TASK_HANDLE);
    assertThat(task(incident)).hasCandidateGroup("csirt");

    complete(task(incident), withVariables(CSIRT_DECISION, ACTION_NEEDED, CSIRT_INSTRUCTIONS, "Revoke every token."));
    assertThat(incident).isWaitingAt(TASK_FOLLOW_INSTRUCTIONS);
    assertThat(task(incident)).hasCandidateGroup("team-" + TOOL);
    complete(task(incident), withVariables(ACTIONS_TAKEN, "All tokens revoked and rotated."));
    assertThat(incident).isWaitingAt(TASK_HANDLE);
    complete(task(incident), withVariables(CSIRT_DECISION, AGREE_TO_CLOSE));
    IncidentTestSupport.runAsyncJobs(engine, incident.getId());

    assertThat(incident).hasPassed("Task_AnnounceClosure", "End_SecurityIncidentClosed").isEnded();
    JournalEntry closure = IncidentTestSupport.journal(journal, incident.getId(), "mail").get(0);
    assertThat(closure.target()).contains(TOOL + "-support@example.org").contains("csirt@example.org");
    assertThat(closure.request()).contains("All tokens revoked and rotated.");
  }

  @Test
  void aMissedReportingDeadlineIsEscalatedToCsirtAndEgiOperations() {
    ProcessInstance incident = start();
    Job deadline = IncidentTestSupport.timer(engine, incident.getId(), "Event_ReportingDeadlineMissed");
    assertThat(deadline.getDuedate()).isEqualTo((Date) runtimeService.getVariable(incident.getId(), CSIRT_REPORT_DUE));

    engine.getManagementService().executeJob(deadline.getId());
    IncidentTestSupport.runAsyncJobs(engine, incident.getId());

    assertThat(incident).hasPassed("Task_EscalateMissedDeadline", "End_DeadlineEscalated").isWaitingAt(TASK_REPORT);
    JournalEntry mail = IncidentTestSupport.journal(journal, incident.getId(), "mail").get(0);
    assertThat(mail.target()).contains("csirt@example.org").contains("operations@example.org");
    assertThat(mail.request()).contains("not been reported to EGI CSIRT within the reporting deadline");
  }

  @Test
  void badDataIsRefusedAtEveryStep() {
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of(TOOL_KEY, TOOL, TITLE, "x")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
            .containsExactly(DESCRIPTION));

    ProcessInstance incident = start();
    assertThatThrownBy(() -> taskService.complete(task(incident).getId(), Map.of(INCIDENT_REPORT, "x",
        AFFECTED_SYSTEMS, "host", REPORTER_CONTACT, "not an address")))
        .satisfies(thrown -> IncidentTestSupport.assertRefused(thrown, e -> assertThat(e.problems()).extracting(p -> p.field())
            .containsExactly(REPORTER_CONTACT)));
    complete(task(incident), withVariables(INCIDENT_REPORT, "x", AFFECTED_SYSTEMS, "host", REPORTER_CONTACT,
        "team@example.org"));
    IncidentTestSupport.runAsyncJobs(engine, incident.getId());
    assertThatThrownBy(() -> taskService.complete(task(incident).getId(), Map.of(CSIRT_DECISION, ACTION_NEEDED)))
        .satisfies(thrown -> IncidentTestSupport.assertRefused(thrown, e -> assertThat(e.problems()).extracting(p -> p.field())
            .containsExactly(CSIRT_INSTRUCTIONS)));
    assertThat(incident).isWaitingAt(TASK_HANDLE);
  }

  @Test
  void onAFreshInstallWithNobodyInCsirtTheCsirtTaskIsOfferedToEgiOperations() {
    List<String> csirt = identityService.createUserQuery().memberOfGroup("csirt").unlimitedList().stream()
        .map(User::getId).toList();
    csirt.forEach(member -> identityService.deleteMembership(member, "csirt"));
    try {
      ProcessInstance incident = start();
      complete(task(incident), withVariables(INCIDENT_REPORT, "A leaked token.", AFFECTED_SYSTEMS, "portal.example.org",
          REPORTER_CONTACT, "team@example.org"));
      IncidentTestSupport.runAsyncJobs(engine, incident.getId());

      assertThat(incident).isWaitingAt(TASK_HANDLE);
      assertThat(task(incident)).hasCandidateGroup("csirt").hasCandidateGroup("egi-operations");
      assertThat(taskService.getTaskComments(task(incident).getId())).extracting(Comment::getFullMessage)
          .containsExactly("No one is a member of csirt, so this task is offered to egi-operations too.");
    } finally {
      csirt.forEach(member -> identityService.createMembership(member, "csirt"));
    }
  }

  private ProcessInstance start() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(TOOL_KEY, TOOL);
    variables.put(TITLE, "Suspicious logins");
    variables.put(DESCRIPTION, "Logins from unknown networks with a service token.");
    return runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
  }
}
