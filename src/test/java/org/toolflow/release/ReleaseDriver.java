package org.toolflow.release;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.toolflow.change.ChangeRequestProcess;
import org.toolflow.change.ChangeRequestProcess.Elements;
import org.toolflow.ActingAs;
import org.toolflow.EngineTestCase;
import org.toolflow.JournalReading;
import org.toolflow.integration.journal.ActionJournal;
import org.toolflow.integration.journal.JournalEntry;
import org.toolflow.release.ReleaseProcess.Vars;
import org.toolflow.security.Roles;

/** Acting as a person in the release process, driving change requests, and reading what outside systems were sent. */
final class ReleaseDriver {

  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ActionJournal journal;
  private final ReleaseFixtures fixtures;

  ReleaseDriver(IdentityService identityService, RuntimeService runtimeService, TaskService taskService,
      ActionJournal journal, ReleaseFixtures fixtures) {
    this.identityService = identityService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.journal = journal;
    this.fixtures = fixtures;
  }

  /** Runs the call as the user, with the user's groups, as the REST filters do. */
  <T> T as(String userId, Supplier<T> call) {
    return ActingAs.as(identityService, userId, call);
  }

  ProcessInstance plan(String member, Map<String, Object> plan) {
    return as(member, () -> runtimeService.startProcessInstanceByKey(ReleaseProcess.PROCESS_KEY, plan));
  }

  static Map<String, Object> plan(String toolKey, String version, String kind, String plannedDate) {
    Map<String, Object> plan = new HashMap<>();
    plan.put(Vars.TOOL_KEY, toolKey);
    plan.put(Vars.VERSION, version);
    plan.put(Vars.KIND, kind);
    plan.put(Vars.PLANNED_DATE, plannedDate);
    return plan;
  }

  /** Completes the task waiting at the activity, checking the process waits there first. */
  void complete(String userId, ProcessInstance release, String activityId, Map<String, Object> values) {
    assertThat(release).isWaitingAt(activityId);
    Task task = task(activityId, release);
    as(userId, () -> {
      taskService.complete(task.getId(), values);
      return null;
    });
  }

  /** Executes the job of each activity in turn, checking the process waits there first. */
  void runJobs(ProcessInstance instance, String... activityIds) {
    EngineTestCase.runJobs(instance, activityIds);
  }

  /** An emergency change request of the tool, filed, accepted and set In progress: it waits for its release. */
  ProcessInstance changeInProgress(String toolKey, String title) {
    String requester = fixtures.user("customer", Roles.CUSTOMER_REPS);
    Map<String, Object> request = new HashMap<>();
    request.put(ChangeRequestProcess.Vars.TOOL_KEY, toolKey);
    request.put(ChangeRequestProcess.Vars.TITLE, title);
    request.put(ChangeRequestProcess.Vars.DESCRIPTION, "Needed by the release tests");
    request.put(ChangeRequestProcess.Vars.REQUESTED_TYPE, "emergency");
    request.put(ChangeRequestProcess.Vars.SECURITY_VULNERABILITY, true);
    ProcessInstance change = as(requester, () -> runtimeService.startProcessInstanceByKey(
        ChangeRequestProcess.PROCESS_KEY, request));
    runJobs(change, Elements.CREATE_RT_TICKET, Elements.SET_ACCEPTED, Elements.MAIL_ACCEPTANCE,
        Elements.SET_IN_PROGRESS);
    assertThat(change).isWaitingAt(Elements.RELEASE_OUTCOME);
    return change;
  }

  /** The journal of one process instance and system, oldest first. */
  List<JournalEntry> journal(String processInstanceId, String system) {
    return JournalReading.oldestFirst(journal, processInstanceId, system);
  }

  JsonNode request(JournalEntry entry) {
    return JournalReading.request(entry);
  }

  List<String> mailTemplates(String processInstanceId) {
    return JournalReading.mailTemplates(journal, processInstanceId);
  }

  List<String> recipients(JournalEntry mail) {
    List<String> to = new ArrayList<>();
    request(mail).path("to").forEach(address -> to.add(address.asText()));
    return to;
  }
}
