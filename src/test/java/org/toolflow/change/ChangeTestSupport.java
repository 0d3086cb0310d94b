package org.toolflow.change;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.toolflow.integration.journal.ActionJournal;
import org.toolflow.integration.journal.JournalEntry;

/** Acting as a person, and reading what the outside systems were sent, for the change tests. */
final class ChangeTestSupport {

  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ActionJournal journal;
  private final ChangeFixtures fixtures;
  private final ObjectMapper json = new ObjectMapper();

  ChangeTestSupport(IdentityService identityService, RuntimeService runtimeService, TaskService taskService,
      ActionJournal journal, ChangeFixtures fixtures) {
    this.identityService = identityService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.journal = journal;
    this.fixtures = fixtures;
  }

  /** Runs the call as the user, with the user's groups, as the REST filters do. */
  <T> T as(String userId, Supplier<T> call) {
    identityService.setAuthentication(userId, fixtures.groupsOf(userId));
    try {
      return call.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  void as(String userId, Runnable call) {
    as(userId, () -> {
      call.run();
      return null;
    });
  }

  ProcessInstance file(String requester, Map<String, Object> request) {
    return as(requester, () -> runtimeService.startProcessInstanceByKey(ChangeRequestProcess.PROCESS_KEY, request));
  }

  void complete(String userId, Task task, Map<String, Object> variables) {
    as(userId, () -> taskService.complete(task.getId(), variables));
  }

  ProcessInstance holdOrResume(String userId, String changeKey, String action, String reason) {
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put(ChangeHoldProcess.Vars.CHANGE_KEY, changeKey);
    variables.put(ChangeHoldProcess.Vars.HOLD_ACTION, action);
    variables.put(ChangeHoldProcess.Vars.HOLD_REASON, reason);
    return as(userId, () -> runtimeService.startProcessInstanceByKey(ChangeHoldProcess.PROCESS_KEY, variables));
  }

  /** The journal of one process instance and system, oldest first. */
  List<JournalEntry> journal(String processInstanceId, String system) {
    List<JournalEntry> entries = new ArrayList<>(journal.find(processInstanceId, system, 0, 200));
    Collections.reverse(entries);
    return entries;
  }

  /** The statuses written to RT for these process instances, in order: "new" for the ticket creation. */
  List<String> rtStatuses(String... processInstanceIds) {
    List<JournalEntry> entries = new ArrayList<>();
    for (String id : processInstanceIds) {
      entries.addAll(journal(id, "rt"));
    }
    entries.sort((a, b) -> Long.compare(a.id(), b.id()));
    return entries.stream().filter(e -> !e.operation().equals("comment"))
        .map(e -> e.operation().equals("create-ticket") ? "new" : field(e, "Status")).toList();
  }

  List<String> mailTemplates(String processInstanceId) {
    return journal(processInstanceId, "mail").stream().map(e -> field(e, "template")).toList();
  }

  String field(JournalEntry entry, String name) {
    try {
      JsonNode request = json.readTree(entry.request());
      return request.path(name).asText();
    } catch (Exception e) {
      throw new IllegalStateException("journal request is not JSON: " + entry.request(), e);
    }
  }

  JsonNode request(JournalEntry entry) {
    try {
      return json.readTree(entry.request());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
