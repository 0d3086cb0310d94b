package org.toolflow.system.authorization;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization manager, except that a user's groups go into the authorization SQL as they are.
 * The engine first drops the groups that hold no authorization, reading the distinct group ids of the whole
 * authorization table once per command; with years of history that table holds a row per historic task
 * reader, so the read grows with history. A group without authorizations matches no row of any check, so
 * keeping it changes no answer.
 */
class OwnGroupsAuthorizationManager extends AuthorizationManager {

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null) {
      return new ArrayList<>();
    }
    // Distinct and without nulls, as the engine's answer is.
    return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds.stream().filter(Objects::nonNull).toList()));
  }
}
