package org.toolflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Idempotent grants. Camunda keeps one GRANT row per group, resource type and resource id (and one GLOBAL row per
 * resource), so a grant adds the missing permissions to that row and a revoke takes one away. Safe to run at every
 * start and on job retries.
 */
@Component
public class Grants {

  private final AuthorizationService authorizationService;
  private final IdentityService identityService;

  @Autowired
  Grants(AuthorizationService authorizationService, IdentityService identityService) {
    this.authorizationService = authorizationService;
    this.identityService = identityService;
  }

  /** For grants only; {@link #ensureGroup} needs the identity service. */
  Grants(AuthorizationService authorizationService) {
    this(authorizationService, null);
  }

  /** Creates a workflow group unless it exists. */
  public void ensureGroup(String groupId, String name) {
    if (identityService.createGroupQuery().groupId(groupId).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(groupId);
    group.setName(name);
    group.setType(Groups.GROUP_TYPE_WORKFLOW);
    identityService.saveGroup(group);
  }

  public void toGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    grant(groupId, resource, resourceId, permissions);
  }

  /** A global authorization: every authenticated user, unless a user- or group-specific revoke says otherwise. */
  public void toEveryone(Resource resource, String resourceId, Permission... permissions) {
    Authorization row = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId).singleResult();
    if (row == null) {
      row = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
      row.setUserId(ANY);
      row.setResource(resource);
      row.setResourceId(resourceId);
    }
    save(row, permissions);
  }

  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization row = find(groupId, resource, resourceId);
    if (row == null) {
      row = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      row.setGroupId(groupId);
      row.setResource(resource);
      row.setResourceId(resourceId);
    }
    save(row, permissions);
  }

  void revoke(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization row = find(groupId, resource, resourceId);
    if (row == null || !row.isPermissionGranted(permission)) {
      return;
    }
    row.removePermission(permission);
    // The public interface cannot tell "nothing left"; the entity's bit mask can.
    if (((AuthorizationEntity) row).getPermissions() == Permissions.NONE.getValue()) {
      authorizationService.deleteAuthorization(row.getId());
    } else {
      authorizationService.saveAuthorization(row);
    }
  }

  /** The resource ids on which the group holds the permission. */
  List<String> resourceIdsWith(String groupId, Resource resource, Permission permission) {
    return authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).hasPermission(permission).unlimitedList().stream()
        .map(Authorization::getResourceId).toList();
  }

  private void save(Authorization row, Permission... permissions) {
    boolean changed = row.getId() == null;
    for (Permission permission : permissions) {
      if (!row.isPermissionGranted(permission)) {
        row.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(row);
    }
  }

  private Authorization find(String groupId, Resource resource, String resourceId) {
    return authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).singleResult();
  }
}
