package org.toolflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * Idempotent group grants. Camunda keeps one GRANT row per group, resource type and resource id,
 * so a grant adds the missing permissions to that row and a revoke takes one away.
 */
final class Grants {

  private final AuthorizationService authorizationService;

  Grants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization row = find(groupId, resource, resourceId);
    if (row == null) {
      row = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      row.setGroupId(groupId);
      row.setResource(resource);
      row.setResourceId(resourceId);
    }
    addMissing(row, permissions);
  }

  /** A global grant: every authenticated user, unless a group- or user-specific revoke says otherwise. */
  void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
    Authorization row = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId).singleResult();
    if (row == null) {
      row = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
      row.setUserId(ANY);
      row.setResource(resource);
      row.setResourceId(resourceId);
    }
    addMissing(row, permissions);
  }

  /** A group-specific REVOKE, which wins over a global grant for the group's members. */
  void deny(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization row = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_REVOKE)
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    if (row == null) {
      row = authorizationService.createNewAuthorization(AUTH_TYPE_REVOKE);
      row.setGroupId(groupId);
      row.setResource(resource);
      row.setResourceId(resourceId);
    }
    boolean changed = row.getId() == null;
    for (Permission permission : permissions) {
      if (!row.isPermissionRevoked(permission)) {
        row.removePermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(row);
    }
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

  /** Every grant of the group on one resource type goes, whatever its resource ids and permissions. */
  void revokeAll(String groupId, Resource resource) {
    authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).unlimitedList()
        .forEach(row -> authorizationService.deleteAuthorization(row.getId()));
  }

  /** The resource ids on which the group holds the permission. */
  List<String> resourceIdsWith(String groupId, Resource resource, Permission permission) {
    return authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).hasPermission(permission).unlimitedList().stream()
        .map(Authorization::getResourceId).toList();
  }

  private void addMissing(Authorization row, Permission... permissions) {
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
