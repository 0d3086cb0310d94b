package org.toolflow.system.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.toolflow.JournalReading;
import org.toolflow.TestClock;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.integration.journal.ActionJournal;
import org.toolflow.integration.journal.JournalEntry;

/** The rules every user task follows, whatever its model: someone to act on it, a due date, a reminder, an escalation. */
@ToolFlowSpringTest
class EveryUserTaskTest {

  static final String PROBE = "task-rules-probe";
  static final String PROBE_TASK = "Task_Probe";
  static final String FALLBACK = "egi-operations";

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired DecisionService decisionService;
  @Autowired ActionJournal journal;

  @BeforeEach
  void setUp() {
    init(engine);
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROBE).count() == 0) {
      BpmnModelInstance probe = Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1)
          .startEvent().userTask(PROBE_TASK).name("Probe the task rules").camundaCandidateGroups("${group}")
          .endEvent().done();
      repositoryService.createDeployment().name(PROBE).addModelInstance(PROBE + ".bpmn", probe).deploy();
    }
  }

  @AfterEach
  void restoreClock() {
    TestClock.reset();
  }

  @Test
  void aTaskForAGroupNobodyIsInIsOfferedToEgiOperationsAndSaysWhy() {
    String empty = newGroup();

    ProcessInstance probe = start(empty);

    assertThat(task(probe)).hasCandidateGroup(empty).hasCandidateGroup(FALLBACK);
    String reason = "No one is a member of " + empty + ", so this task is offered to " + FALLBACK + " too.";
    assertThat(taskService.getTaskComments(task(probe).getId())).extracting(Comment::getFullMessage)
        .containsExactly(reason);
  }

  @Test
  void aTaskForAGroupWithMembersStaysWithThatGroup() {
    String team = newGroup();
    TestUsers.newPerson(identityService, "member-" + team, "secret", team);

    ProcessInstance probe = start(team);

    assertThat(taskService.getIdentityLinksForTask(task(probe).getId())).extracting(link -> link.getGroupId())
        .containsExactly(team);
    assertThat(taskService.getTaskComments(task(probe).getId())).isEmpty();
  }

  @Test
  void aTaskIsDueAfterFiveWorkingDaysItsPeopleAreRemindedADayBeforeAndEgiOperationsIsAskedWhenOverdue() {
    String team = newGroup();
    String member = TestUsers.newPerson(identityService, "member-" + team, "secret", team);
    ClockUtil.setCurrentTime(at("2026-11-27T10:00:00Z"));

    ProcessInstance probe = start(team);

    // Friday 10:00 plus 5 working days of 07:00-15:00: the next Friday 10:00; the reminder a working day before.
    Task task = task(probe);
    assertThat(task.getDueDate()).isEqualTo(at("2026-12-04T10:00:00Z"));
    Job reminder = deadlineJob(task, "REMINDER");
    Job escalation = deadlineJob(task, "ESCALATION");
    assertThat(reminder.getDuedate()).isEqualTo(at("2026-12-03T10:00:00Z"));
    assertThat(escalation.getDuedate()).isEqualTo(task.getDueDate());

    ClockUtil.setCurrentTime(reminder.getDuedate());
    managementService.executeJob(reminder.getId());
    JsonNode reminded = onlyMail(probe, TaskDeadlineActions.DUE_SOON_TEMPLATE);
    assertThat(reminded.path("to")).extracting(JsonNode::asText).containsExactly(member + "@example.org");
    assertThat(reminded.path("subject").asText()).isEqualTo("Due on 2026-12-04 10:00 UTC: \"Probe the task rules\"");
    assertThat(task(probe)).hasCandidateGroup(team);
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(link -> link.getGroupId())
        .doesNotContain(FALLBACK);

    ClockUtil.setCurrentTime(escalation.getDuedate());
    managementService.executeJob(escalation.getId());
    assertThat(task(probe)).hasCandidateGroup(team).hasCandidateGroup(FALLBACK);
    assertThat(taskService.getTaskComments(task.getId())).extracting(Comment::getFullMessage)
        .containsExactly("Overdue since 2026-12-04 10:00 UTC, so this task is offered to egi-operations too.");
    JsonNode escalated = onlyMail(probe, TaskDeadlineActions.OVERDUE_TEMPLATE);
    assertThat(escalated.path("to")).extracting(JsonNode::asText).contains("operations@example.org");
    assertThat(escalated.path("text").asText()).contains("was due on 2026-12-04 10:00 UTC", team);
  }

  @Test
  void completingATaskTakesAwayItsReminderAndEscalation() {
    String team = newGroup();
    ProcessInstance probe = start(team);
    Task task = task(probe);
    assertThat(deadlineJobs(task)).hasSize(2);

    taskService.complete(task.getId());

    assertThat(probe).isEnded();
    assertThat(deadlineJobs(task)).isEmpty();
  }

  @Test
  void aReminderWhoseTaskIsGoneDoesNothing() {
    ProcessInstance probe = start(newGroup());
    Task task = task(probe);
    Job reminder = deadlineJob(task, "REMINDER");
    runtimeService.deleteProcessInstance(probe.getId(), "test", true);

    assertThat(managementService.createJobQuery().jobId(reminder.getId()).count()).isZero();
    assertThat(JournalReading.mailTemplates(journal, probe.getId())).isEmpty();
  }

  @Test
  void everyUserTaskOfEveryModelGetsADueDateFromItsModelOrFromTheTable() throws Exception {
    List<String> checked = new ArrayList<>();
    for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
      BpmnModelInstance model;
      try (InputStream in = file.getInputStream()) {
        model = Bpmn.readModelFromStream(in);
      }
      for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
        String process = processOf(userTask);
        checked.add(process + "/" + userTask.getId());
        if (userTask.getCamundaDueDate() != null) {
          continue;
        }
        DmnDecisionRuleResult rule = decisionService.evaluateDecisionTableByKey(TaskDeadlineTable.DECISION,
            Variables.createVariables().putValue(TaskDeadlineTable.PROCESS, process)
                .putValue(TaskDeadlineTable.TASK, userTask.getId()).putValue(TaskDeadlineTable.PRIORITY, null))
            .getFirstResult();
        assertThat(rule).as("rule of %s/%s", process, userTask.getId()).isNotNull();
        assertThat(rule.getEntryMap().get(TaskDeadlineTable.WORKING_DAYS) != null
            || rule.getEntryMap().get(TaskDeadlineTable.WORKING_HOURS) != null)
            .as("working time of %s/%s", process, userTask.getId()).isTrue();
      }
    }
    assertThat(checked).hasSizeGreaterThanOrEqualTo(44).contains("release/Task_OtagTest", "change-request/Task_AdviseOnChange");
  }

  @Test
  void theTableGivesItsOwnTimeWhereTheProcessOwnersSetOne() {
    DmnDecisionRuleResult csirt = decisionService.evaluateDecisionTableByKey(TaskDeadlineTable.DECISION,
        Map.of(TaskDeadlineTable.PROCESS, "security-incident", TaskDeadlineTable.TASK, "Task_HandleWithCsirt"))
        .getFirstResult();
    assertThat(csirt.getEntryMap().get(TaskDeadlineTable.WORKING_HOURS)).isEqualTo(4);
    assertThat(csirt.getEntryMap().get(TaskDeadlineTable.WORKING_DAYS)).isNull();
  }

  private ProcessInstance start(String group) {
    return runtimeService.startProcessInstanceByKey(PROBE, Map.of("group", group));
  }

  private String newGroup() {
    String id = "probe-" + UUID.randomUUID().toString().substring(0, 8);
    identityService.saveGroup(identityService.newGroup(id));
    return id;
  }

  private List<Job> deadlineJobs(Task task) {
    return managementService.createJobQuery().timers().list().stream()
        .filter(job -> TaskDeadlineJobs.TYPE.equals(((JobEntity) job).getJobHandlerType()))
        .filter(job -> ((JobEntity) job).getJobHandlerConfigurationRaw().endsWith(":" + task.getId())).toList();
  }

  private Job deadlineJob(Task task, String kind) {
    return deadlineJobs(task).stream()
        .filter(job -> ((JobEntity) job).getJobHandlerConfigurationRaw().startsWith(kind + ":")).findFirst().orElseThrow();
  }

  private JsonNode onlyMail(ProcessInstance probe, String template) {
    List<JsonNode> mails = JournalReading.oldestFirst(journal, probe.getId(), "mail").stream()
        .map(JournalReading::request).filter(mail -> template.equals(mail.path("template").asText())).toList();
    assertThat(mails).hasSize(1);
    return mails.get(0);
  }

  private static String processOf(UserTask task) {
    org.camunda.bpm.model.xml.instance.ModelElementInstance parent = task.getParentElement();
    while (!(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return ((Process) parent).getId();
  }

  private static Date at(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
