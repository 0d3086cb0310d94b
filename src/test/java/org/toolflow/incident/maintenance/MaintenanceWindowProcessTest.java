package org.toolflow.incident.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.toolflow.incident.maintenance.MaintenanceWindowNames.*;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.TestClock;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.incident.IncidentTestCase;
import org.toolflow.incident.IncidentTestSupport;
import org.toolflow.integration.gocdb.GocdbEntryTimes;
import org.toolflow.integration.journal.JournalEntry;
import org.toolflow.system.web.InvalidInputException;
import org.toolflow.tools.QualityOfSupport;

/**
 * GOCDB runs dry in tests: it answers the downtime the team was asked to declare, as GOCDB would once the team
 * declared it. {@link GocdbEntryTimes} keeps it missing for the first checks of one tool's host.
 */
@ToolFlowSpringTest
class MaintenanceWindowProcessTest extends IncidentTestCase {

  static final String TOOL = "mw-tool";
  static final String LATE_TOOL = "mw-late-tool";

  @Autowired MaintenanceWindows windows;
  @Autowired GocdbEntryTimes gocdbDeclaration;

  @Override
  protected Map<String, QualityOfSupport> activeTools() {
    return Map.of(TOOL, QualityOfSupport.MEDIUM, LATE_TOOL, QualityOfSupport.MEDIUM);
  }

  @Test
  void anOutageDeclaredAWeekAheadIsFoundInGocdbAsDeclaredAndTheWindowCloses() {
    Instant now = Instant.parse("2026-12-07T09:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
    Instant startsAt = now.plus(Duration.ofDays(7));
    Instant endsAt = startsAt.plus(Duration.ofHours(4));
    ProcessInstance window = start("OUTAGE", startsAt, endsAt);
    assertThat(runtimeService.getVariable(window.getId(), CLASSIFICATION)).isEqualTo(SCHEDULED);

    complete(task(window), withVariables(DECLARED_IN_GOCDB, true));
    IncidentTestSupport.runAsyncJobs(processEngine, window.getId());

    assertThat(window).hasPassed("Task_CheckGocdbDowntime", "Task_InformUsers")
        .hasNotPassed("Event_WaitBeforeNextCheck").isWaitingAt("Event_WindowEnds");
    assertThat(runtimeService.getVariable(window.getId(), GOCDB_CHECKS)).isEqualTo(1);
    JournalEntry lookUp = IncidentTestSupport.journal(journal, window.getId(), "gocdb").get(0);
    assertThat(lookUp.dryRun()).isTrue();
    assertThat(lookUp.target()).isEqualTo("host " + TOOL + ".example.org");
    assertThat(lookUp.answer()).contains("OUTAGE " + startsAt + "–" + endsAt);
    assertThat(IncidentTestSupport.journal(journal, window.getId(), "mail").get(0).request())
        .contains("scheduled OUTAGE");

    ClockUtil.setCurrentTime(Date.from(endsAt));
    processEngine.getManagementService().executeJob(IncidentTestSupport.timer(processEngine, window.getId(), "Event_WindowEnds").getId());
    complete(task(window), withVariables(SERVICE_RESTORED, true, END_NOTE, "Upgrade done."));
    IncidentTestSupport.runAsyncJobs(processEngine, window.getId());

    assertThat(window).hasPassed("Task_AnnounceServiceBack", "End_WindowClosed").isEnded();
  }

  @Test
  void anUnscheduledInterruptionIsDeclaredFoundInGocdbAnnouncedAndClosed() {
    Instant now = TestClock.now().truncatedTo(ChronoUnit.SECONDS);
    ProcessInstance window = start("WARNING", now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(3)));

    assertThat(window.getBusinessKey()).startsWith("MW-");
    assertThat(runtimeService.getVariable(window.getId(), CLASSIFICATION)).isEqualTo(UNSCHEDULED);
    assertThat(runtimeService.getVariable(window.getId(), HOSTNAME)).isEqualTo(TOOL + ".example.org");
    assertThat(window).isWaitingAt(TASK_DECLARE);
    assertThat(task(window)).hasCandidateGroup("team-" + TOOL);

    complete(task(window), withVariables(DECLARED_IN_GOCDB, true));
    IncidentTestSupport.runAsyncJobs(processEngine, window.getId());

    assertThat(window).hasPassed("Task_CheckGocdbDowntime", "Task_InformUsers")
        .isWaitingAt("Event_WindowEnds");
    assertThat((String) runtimeService.getVariable(window.getId(), GOCDB_DOWNTIME_ID)).startsWith("dry-run-");
    JournalEntry announcement = IncidentTestSupport.journal(journal, window.getId(), "mail").get(0);
    assertThat(announcement.target()).contains(TOOL + "-support@example.org").contains("operations@example.org");
    assertThat(announcement.request()).contains("unscheduled WARNING");
    Job windowEnds = IncidentTestSupport.timer(processEngine, window.getId(), "Event_WindowEnds");
    assertThat(windowEnds.getDuedate().toInstant()).isEqualTo(now.plus(Duration.ofHours(3)));
    assertThat(windows.comingBefore(now, now.plus(Duration.ofDays(1))))
        .anySatisfy(w -> assertThat(w.key()).isEqualTo(window.getBusinessKey()));

    processEngine.getManagementService().executeJob(windowEnds.getId());
    assertThat(window).isWaitingAt(TASK_CONFIRM_BACK);
    complete(task(window), withVariables(SERVICE_RESTORED, true, END_NOTE, "All queues drained."));
    IncidentTestSupport.runAsyncJobs(processEngine, window.getId());

    assertThat(window).hasPassed("Task_AnnounceServiceBack", "End_WindowClosed").isEnded();
    assertThat(IncidentTestSupport.journal(journal, window.getId(), "mail").get(0).request())
        .contains("the service works again").contains("All queues drained.");
    assertThat(windows.comingBefore(now, now.plus(Duration.ofDays(1))))
        .noneSatisfy(w -> assertThat(w.key()).isEqualTo(window.getBusinessKey()));
  }

  @Test
  void aDowntimeMissingFromGocdbIsCheckedAgainThenTheTeamIsAskedAgain() {
    Instant now = TestClock.now().truncatedTo(ChronoUnit.SECONDS);
    // Missing at the three checks of the first declaration; there at the first check after the team's correction.
    gocdbDeclaration.declaredBeforeCheck(LATE_TOOL + ".example.org", 4);
    ProcessInstance window = start(LATE_TOOL, "OUTAGE", now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(10)).plus(Duration.ofHours(4)));
    assertThat(runtimeService.getVariable(window.getId(), CLASSIFICATION)).isEqualTo(SCHEDULED);
    assertThat(runtimeService.getVariable(window.getId(), BELOW_RECOMMENDED_NOTICE)).isEqualTo(false);
    // Scheduled: it must be in GOCDB before its 24 hours of notice run out.
    assertThat(task(window).getDueDate().toInstant()).isEqualTo(now.plus(Duration.ofDays(9)));

    complete(task(window), withVariables(DECLARED_IN_GOCDB, true));
    IncidentTestSupport.runAsyncJobs(processEngine, window.getId());
    assertThat(window).hasPassed("Gateway_KeepChecking").isWaitingAt("Event_WaitBeforeNextCheck");
    for (int check = 2; check <= 3; check++) {
      Job wait = IncidentTestSupport.timer(processEngine, window.getId(), "Event_WaitBeforeNextCheck");
      assertThat(wait).as("wait before check %s", check).isNotNull();
      processEngine.getManagementService().executeJob(wait.getId());
      IncidentTestSupport.runAsyncJobs(processEngine, window.getId());
    }

    assertThat(window).hasPassed("Event_WaitBeforeNextCheck").isWaitingAt(TASK_DECLARE);
    assertThat(runtimeService.getVariable(window.getId(), GOCDB_CHECKS)).isEqualTo(3);

    // The team declared a WARNING for this afternoon instead, and says so.
    complete(task(window), withVariables(DECLARED_IN_GOCDB, true, SEVERITY, "WARNING",
        STARTS_AT, now.plus(Duration.ofHours(2)).toString(), ENDS_AT, now.plus(Duration.ofHours(5)).toString()));
    IncidentTestSupport.runAsyncJobs(processEngine, window.getId());

    assertThat(window).hasPassed("Task_InformUsers").isWaitingAt("Event_WindowEnds");
    assertThat(runtimeService.getVariable(window.getId(), CLASSIFICATION)).isEqualTo(UNSCHEDULED);
  }

  @Test
  void anInterruptionDeclaredTooLateAndAnUndeclaredDowntimeAreRefused() {
    Instant now = TestClock.now();
    assertThatThrownBy(() -> start("OUTAGE", now.minus(Duration.ofDays(3)), now.plus(Duration.ofHours(1))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.field()).isEqualTo(STARTS_AT);
              assertThat(p.message()).contains("at most 48 hours after it started");
            }));
    assertThatThrownBy(() -> start("MAINTENANCE", now.plus(Duration.ofHours(3)), now.plus(Duration.ofHours(1))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
            .containsExactlyInAnyOrder(SEVERITY, ENDS_AT));

    ProcessInstance window = start("WARNING", now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)));
    assertThatThrownBy(() -> taskService.complete(task(window).getId(), Map.of(DECLARED_IN_GOCDB, false)))
        .satisfies(thrown -> IncidentTestSupport.assertRefused(thrown, e -> assertThat(e.problems()).extracting(p -> p.field())
            .containsExactly(DECLARED_IN_GOCDB)));
    assertThat(window).isWaitingAt(TASK_DECLARE);
  }

  private ProcessInstance start(String severity, Instant startsAt, Instant endsAt) {
    return start(TOOL, severity, startsAt, endsAt);
  }

  private ProcessInstance start(String tool, String severity, Instant startsAt, Instant endsAt) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(TOOL_KEY, tool);
    variables.put(SEVERITY, severity);
    variables.put(STARTS_AT, startsAt.toString());
    variables.put(ENDS_AT, endsAt.toString());
    variables.put(DESCRIPTION, "Database upgrade; the portal is read-only.");
    return runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
  }
}
