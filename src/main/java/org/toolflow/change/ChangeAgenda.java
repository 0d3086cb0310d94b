package org.toolflow.change;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeRequestProcess.Elements;

/** The changes the next OMB meeting must see: normal changes awaiting its approval, emergency changes awaiting post-review. */
@Component
public class ChangeAgenda {

  private final TaskService taskService;
  private final ChangeRecords records;

  ChangeAgenda(TaskService taskService, ChangeRecords records) {
    this.taskService = taskService;
    this.records = records;
  }

  public List<ChangeRecord> awaitingOmbApproval() {
    return changesWaitingAt(Elements.APPROVE_OMB);
  }

  public List<ChangeRecord> awaitingPostReview() {
    return changesWaitingAt(Elements.POST_REVIEW_EMERGENCY);
  }

  // Held changes stay on the agenda: the OMB should know they wait.
  private List<ChangeRecord> changesWaitingAt(String taskDefinitionKey) {
    Set<String> instances = taskService.createTaskQuery()
        .processDefinitionKey(ChangeRequestProcess.PROCESS_KEY)
        .taskDefinitionKey(taskDefinitionKey)
        .list().stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    return records.byProcessInstances(instances);
  }
}
