package org.toolflow.system.tasks;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.toolflow.security.AsSystem;

/**
 * A new user task no person can act on (no assignee, no candidate user, and every candidate group empty or missing)
 * is offered to the fallback group as well, with a comment saying why (Tasklist shows it; a task variable would read
 * as a decision in the audit trail): a task for a group nobody is in would otherwise wait forever unseen.
 */
@Component
class NobodyToAsk {

  private static final Logger LOG = LoggerFactory.getLogger(NobodyToAsk.class);

  private final TaskProperties properties;
  private final TaskPeople people;
  private final AsSystem asSystem;

  NobodyToAsk(TaskProperties properties, TaskPeople people, AsSystem asSystem) {
    this.properties = properties;
    this.people = people;
    this.asSystem = asSystem;
  }

  void offerToFallbackWhenNobodyCanAct(DelegateTask task) {
    if (task.getAssignee() != null || TaskPeople.hasCandidateUsers(task)) {
      return;
    }
    List<String> groups = TaskPeople.candidateGroups(task);
    if (groups.stream().anyMatch(people::hasMembers)) {
      return;
    }
    String fallback = properties.fallbackGroup();
    String reason = groups.isEmpty() ? "This task was offered to nobody, so it is offered to " + fallback + "."
        : "No one is a member of " + String.join(", ", groups) + ", so this task is offered to " + fallback + " too.";
    task.addCandidateGroup(fallback);
    asSystem.run(() -> Context.getProcessEngineConfiguration().getTaskService()
        .createComment(task.getId(), task.getProcessInstanceId(), reason));
    LOG.warn("Task {} ({}, {} of process instance {}): {}", task.getId(), task.getName(), task.getTaskDefinitionKey(),
        task.getProcessInstanceId(), reason);
    if (!people.hasMembers(fallback)) {
      LOG.error("The fallback group {} has no members either: task {} waits until someone joins it", fallback,
          task.getId());
    }
  }
}
