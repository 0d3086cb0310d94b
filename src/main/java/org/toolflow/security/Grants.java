package org.toolflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Idempotent grants: the engine allows one authorization per group (or "everyone") and resource, so a grant adds its
 * permissions to the existing row instead of creating a second one. Safe to run at every start and on job retries.
 */
@Component
public class Grants {

  private final AuthorizationService authorizationService;
  private final IdentityService identityService;

  Grants(AuthorizationService authorizationService, IdentityService identityService) {
    this.authorizationService = authorizationService;
    this.identityService = identityService;
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
    Authorization grant = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    if (grant == null) {
      grant = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    }
    save(grant, permissions);
  }

  /** A global authorization: every authenticated user, unless a user- or group-specific revoke says otherwise. */
  public void toEveryone(Resource resource, String resourceId, Permission... permissions) {
    Authorization grant = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId).singleResult();
    if (grant == null) {
      grant = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
      grant.setUserId(ANY);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
    }
    save(grant, permissions);
  }

  private void save(Authorization grant, Permission... permissions) {
    boolean changed = grant.getId() == null;
    for (Permission permission : permissions) {
      if (!grant.isPermissionGranted(permission)) {
        grant.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(grant);
    }
  }
}
