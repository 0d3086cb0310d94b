package org.toolflow.change;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.toolflow.ActingAs;
import org.toolflow.JournalReading;
import org.toolflow.integration.journal.ActionJournal;
import org.toolflow.integration.journal.JournalEntry;

/** Acting as a person, and reading what the outside systems were sent, for the change tests. */
final class ChangeTestSupport {

  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ActionJournal journal;

  ChangeTestSupport(IdentityService identityService, RuntimeService runtimeService, TaskService taskService,
      ActionJournal journal) {
    this.identityService = identityService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.journal = journal;
  }

  /** Runs the call as the user, with the user's groups, as the REST filters do. */
  <T> T as(String userId, Supplier<T> call) {
    return ActingAs.as(identityService, userId, call);
  }

  void as(String userId, Runnable call) {
    ActingAs.as(identityService, userId, call);
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
    return JournalReading.oldestFirst(journal, processInstanceId, system);
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
    return JournalReading.mailTemplates(journal, processInstanceId);
  }

  String field(JournalEntry entry, String name) {
    return request(entry).path(name).asText();
  }

  JsonNode request(JournalEntry entry) {
    return JournalReading.request(entry);
  }
}
