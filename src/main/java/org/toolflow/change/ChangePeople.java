package org.toolflow.change;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who acts on a change, and how to reach them, from Camunda's identity service. */
@Component
class ChangePeople {

  private final IdentityService identityService;

  ChangePeople(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The user the engine call runs for (REST, Tasklist, /api); empty inside a job or an internal call. */
  Optional<String> currentUser() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return Optional.ofNullable(authentication == null ? null : authentication.getUserId());
  }

  boolean currentUserIsIn(String groupId) {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication != null && authentication.getGroupIds() != null
        && authentication.getGroupIds().contains(groupId);
  }

  boolean isMember(String userId, String groupId) {
    return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
  }

  Optional<String> emailOf(String userId) {
    User user = userId == null ? null : identityService.createUserQuery().userId(userId).singleResult();
    return Optional.ofNullable(user == null ? null : user.getEmail()).filter(email -> !email.isBlank());
  }

  /** The one user with this e-mail address; empty when none or several have it. */
  Optional<String> userWithEmail(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    List<User> users = identityService.createUserQuery().userEmail(email.trim()).list();
    return users.size() == 1 ? Optional.of(users.get(0).getId()) : Optional.empty();
  }

  boolean exists(String userId) {
    return identityService.createUserQuery().userId(userId).count() > 0;
  }
}
