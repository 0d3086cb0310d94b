package org.toolflow.omb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.toolflow.omb.OmbMeetingNames.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.toolflow.TestClock;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.change.ChangeRequestProcess;
import org.toolflow.incident.IncidentTestSupport;
import org.toolflow.integration.journal.ActionJournal;
import org.toolflow.integration.journal.JournalEntry;
import org.toolflow.system.web.InvalidInputException;
import org.toolflow.tools.QualityOfSupport;
import org.toolflow.tools.ToolRegistry;

@ToolFlowSpringTest
class OmbMeetingProcessTest {

  static final String TOOL = "omb-tool";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired ToolRegistry registry;
  @Autowired ActionJournal journal;
  @Autowired OmbCalendar calendar;
  @Autowired OmbMeetingTimer meetingTimer;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    IncidentTestSupport.activeTool(registry, TOOL, QualityOfSupport.MEDIUM);
    IncidentTestSupport.person(identityService, "omb-requester");
  }

  // Ten days before the OMB of 2 March 2027 (first Tuesday, 14:00 in the server's zone, whichever zone that is).
  static final Instant TEN_DAYS_BEFORE_A_MEETING = Instant.parse("2027-02-20T10:00:00Z");

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  @Test
  void onAMeetingDayTheNextMeetingsAgendaGoesToTheOmbAWeekAhead() {
    TestClock.freezeAt(TEN_DAYS_BEFORE_A_MEETING);
    String awaitingApproval = changeAwaitingOmbApproval();
    String window = maintenanceWindowStartingSoon();
    Job calendarTimer = meetingDayTimer();
    List<String> before = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list().stream()
        .map(ProcessInstance::getId).toList();

    managementService.executeJob(calendarTimer.getId());

    ProcessInstance meeting = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list()
        .stream().filter(instance -> !before.contains(instance.getId())).findFirst().orElseThrow();
    assertThat(meeting).hasPassed("StartEvent_MeetingDay", "Task_ScheduleMeeting");
    Instant meetingAt = ((Date) runtimeService.getVariable(meeting.getId(), MEETING_AT)).toInstant();
    assertThat(meetingAt).isEqualTo(calendar.nextMeetingAfter(TEN_DAYS_BEFORE_A_MEETING));
    assertThat(calendar.dateOf(meetingAt)).isEqualTo(LocalDate.parse("2027-03-02"));
    assertThat(meeting.getBusinessKey()).startsWith("OMB-");
    Job agendaWeek = IncidentTestSupport.timer(engine, meeting.getId(), "Event_AgendaWeek");
    Instant agendaAt = ((Date) runtimeService.getVariable(meeting.getId(), AGENDA_AT)).toInstant();
    assertThat(agendaWeek.getDuedate().toInstant()).isEqualTo(agendaAt);
    assertThat(agendaAt).as("a week before the meeting").isEqualTo(meetingAt.minus(Duration.ofDays(7)));
    assertThat(meetingDayTimer()).as("the calendar timer waits for the next meeting day").isNotNull();

    managementService.executeJob(agendaWeek.getId());
    IncidentTestSupport.runAsyncJobs(engine, meeting.getId());

    assertThat(meeting).hasPassed("Task_AssembleAgenda", "Task_SendAgenda").isWaitingAt("Event_MeetingHeld");
    String agendaText = (String) runtimeService.getVariable(meeting.getId(), AGENDA_TEXT);
    assertThat(agendaText).contains("4. Normal changes awaiting OMB approval").contains(awaitingApproval)
        .contains("1. Releases planned for this meeting").contains("none")
        .contains(TOOL + ": unscheduled WARNING");
    JournalEntry mail = IncidentTestSupport.journal(journal, meeting.getId(), "mail").get(0);
    assertThat(mail.target()).startsWith("to omb@example.org");
    assertThat(mail.request()).contains("Agenda of the OMB meeting of").contains(awaitingApproval);

    ResponseEntity<String> agenda = rest.withBasicAuth(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
        .getForEntity("/api/omb/agenda", String.class);
    assertThat(agenda.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(agenda.getBody()).contains("\"status\":\"sent\"").contains(awaitingApproval).contains(window)
        .contains("\"plannedReleases\":[]");

    managementService.executeJob(IncidentTestSupport.timer(engine, meeting.getId(), "Event_MeetingHeld").getId());
    assertThat(task(meeting)).hasCandidateGroup("omb");
    complete(task(meeting), withVariables(MINUTES_URL, "https://indico.example.org/minutes/1", DECISIONS, "Approved."));

    assertThat(meeting).hasPassed("End_MeetingRecorded").isEnded();
  }

  @Test
  void whenTheMeetingIsLessThanAWeekAwayTheAgendaGoesAtOnce() {
    Instant threeDaysBefore = calendar.nextMeetingAfter(TEN_DAYS_BEFORE_A_MEETING).minus(Duration.ofDays(3));
    TestClock.freezeAt(threeDaysBefore);

    ProcessInstance meeting = runtimeService.startProcessInstanceByMessage("OmbAgendaRequested");

    assertThat(((Date) runtimeService.getVariable(meeting.getId(), AGENDA_AT)).toInstant()).isEqualTo(threeDaysBefore);
    assertThat(IncidentTestSupport.timer(engine, meeting.getId(), "Event_AgendaWeek").getDuedate().toInstant())
        .isEqualTo(threeDaysBefore);
  }

  @Test
  void egiOperationsCanAskForTheAgendaAtOnce() {
    Instant nextMeeting = calendar.nextMeetingAfter(TestClock.now());

    ProcessInstance meeting = runtimeService.startProcessInstanceByMessage("OmbAgendaRequested");

    assertThat(meeting).hasPassed("StartEvent_AgendaRequested").isWaitingAt("Event_AgendaWeek");
    assertThat(((Date) runtimeService.getVariable(meeting.getId(), MEETING_AT)).toInstant()).isEqualTo(nextMeeting);
  }

  @Test
  void minutesNeedALink() {
    ProcessInstance meeting = runtimeService.startProcessInstanceByMessage("OmbAgendaRequested");
    managementService.executeJob(IncidentTestSupport.timer(engine, meeting.getId(), "Event_AgendaWeek").getId());
    IncidentTestSupport.runAsyncJobs(engine, meeting.getId());
    managementService.executeJob(IncidentTestSupport.timer(engine, meeting.getId(), "Event_MeetingHeld").getId());

    assertThatThrownBy(() -> taskService.complete(task(meeting).getId(), Map.of(MINUTES_URL, "the wiki")))
        .satisfies(thrown -> IncidentTestSupport.assertRefused(thrown, e -> assertThat(e.problems()).extracting(p -> p.field())
            .containsExactly(MINUTES_URL)));
    assertThat(meeting).isWaitingAt(TASK_RECORD_MINUTES);
  }

  @Test
  void beforeAnyAgendaIsAssembledTheApiShowsAPreview() {
    jdbc.sql("DELETE FROM omb_agendas").update();

    ResponseEntity<String> agenda = rest.withBasicAuth(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
        .getForEntity("/api/omb/agenda", String.class);

    assertThat(agenda.getStatusCode()).as(agenda.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(agenda.getBody()).contains("\"status\":\"preview\"").contains("broadcastDraft");
    assertThat(rest.getForEntity("/api/omb/agenda", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theCalendarTimerFollowsTheConfiguredCalendarAfterARestart() {
    Job timer = meetingDayTimer();
    managementService.setJobDuedate(timer.getId(), Date.from(TestClock.now().plus(Duration.ofDays(400))));
    Instant nextMeeting = calendar.nextMeetingAfter(TestClock.now());

    meetingTimer.run(null);

    assertThat(meetingDayTimer().getDuedate().toInstant()).isEqualTo(nextMeeting);
  }

  private Job meetingDayTimer() {
    return managementService.createJobQuery().processDefinitionKey(PROCESS_KEY).timers()
        .activityId(START_MEETING_DAY).singleResult();
  }

  /** A normal change of the tool, assessed and approved by the product teams: it waits for the OMB. */
  private String changeAwaitingOmbApproval() {
    Map<String, Object> request = new HashMap<>();
    request.put(ChangeRequestProcess.Vars.TOOL_KEY, TOOL);
    request.put(ChangeRequestProcess.Vars.TITLE, "New dashboard");
    request.put(ChangeRequestProcess.Vars.DESCRIPTION, "A dashboard for the OMB");
    request.put(ChangeRequestProcess.Vars.REQUESTED_TYPE, "normal");
    request.put(ChangeRequestProcess.Vars.REQUESTER, "omb-requester");
    ProcessInstance change = runtimeService.startProcessInstanceByKey(ChangeRequestProcess.PROCESS_KEY, request);
    IncidentTestSupport.runAsyncJobs(engine, change.getId());
    completeChangeTask(change, ChangeRequestProcess.Elements.ASSESS, Map.of(ChangeRequestProcess.Vars.EFFORT, "days",
        ChangeRequestProcess.Vars.IMPACT, "low", ChangeRequestProcess.Vars.RISK, "low",
        ChangeRequestProcess.Vars.PRIORITY, 2, ChangeRequestProcess.Vars.INTENDED_DEPLOYMENT_DATE, "2030-01-15"));
    completeChangeTask(change, ChangeRequestProcess.Elements.APPROVE_PRODUCT_TEAMS,
        Map.of(ChangeRequestProcess.Vars.PRODUCT_TEAMS_DECISION, "approve"));
    assertThat(change).isWaitingAt(ChangeRequestProcess.Elements.APPROVE_OMB);
    return change.getBusinessKey();
  }

  private String maintenanceWindowStartingSoon() {
    Instant now = TestClock.now();
    ProcessInstance window = runtimeService.startProcessInstanceByKey("maintenance-window", Map.of("toolKey", TOOL,
        "severity", "WARNING", "startsAt", now.plus(Duration.ofHours(2)).toString(),
        "endsAt", now.plus(Duration.ofHours(4)).toString(), "description", "Broker restart"));
    return window.getBusinessKey();
  }

  private void completeChangeTask(ProcessInstance change, String taskKey, Map<String, Object> variables) {
    IncidentTestSupport.runAsyncJobs(engine, change.getId());
    Task task = taskService.createTaskQuery().processInstanceId(change.getId()).taskDefinitionKey(taskKey).singleResult();
    taskService.complete(task.getId(), variables);
  }
}
