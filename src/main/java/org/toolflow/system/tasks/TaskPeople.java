package org.toolflow.system.tasks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.MembershipEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.toolflow.security.AsSystem;
import org.springframework.stereotype.Component;

/** Who a task is offered to, read without the authorization checks of whoever caused the task. */
@Component
class TaskPeople {

  private final AsSystem asSystem;

  TaskPeople(AsSystem asSystem) {
    this.asSystem = asSystem;
  }

  static List<String> candidateGroups(DelegateTask task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }

  static boolean hasCandidateUsers(DelegateTask task) {
    return task.getCandidates().stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null);
  }

  boolean hasMembers(String groupId) {
    return joinedInThisCommand(groupId)
        || asSystem.call(() -> identity().createUserQuery().memberOfGroup(groupId).count() > 0);
  }

  // A step that just created the group (onboarding's team group) wrote its members into this command's cache only:
  // the database query cannot see them before the command flushes.
  private static boolean joinedInThisCommand(String groupId) {
    CommandContext command = Context.getCommandContext();
    return command != null && command.getDbEntityManager().getCachedEntitiesByType(MembershipEntity.class).stream()
        .anyMatch(membership -> groupId.equals(membership.getGroupId()));
  }

  /** The e-mail addresses of the groups' members and of the assignee, once each. */
  Set<String> emailsOf(List<String> groups, String assignee) {
    return asSystem.call(() -> {
      Set<String> emails = new LinkedHashSet<>();
      for (String group : groups) {
        identity().createUserQuery().memberOfGroup(group).unlimitedList().forEach(user -> addEmail(emails, user));
      }
      if (assignee != null) {
        addEmail(emails, identity().createUserQuery().userId(assignee).singleResult());
      }
      return emails;
    });
  }

  private static IdentityService identity() {
    return Context.getProcessEngineConfiguration().getIdentityService();
  }

  private static void addEmail(Set<String> emails, User user) {
    if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
      emails.add(user.getEmail());
    }
  }
}
