package org.toolflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** The groups ToolFlow relies on, created idempotently at start-up. */
@Component
class SystemGroups {

  static final String ADMINISTRATORS = Groups.CAMUNDA_ADMIN;

  /** Every group the roles of ToolFlow need from the first start, with its display name. */
  static final Map<String, String> ROLE_GROUPS = roleGroups();

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  SystemGroups(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  void ensureAdministratorsGroup() {
    ensureGroup(ADMINISTRATORS, "ToolFlow administrators", Groups.GROUP_TYPE_SYSTEM);
    // Admin group members bypass checks in the engine; explicit grants make the webapps agree.
    for (Resource resource : Resources.values()) {
      grantAll(ADMINISTRATORS, resource);
    }
  }

  /** The administrators plus one group per role; existing groups are left as they are. */
  void ensureRoleGroups() {
    ensureAdministratorsGroup();
    ROLE_GROUPS.forEach((id, name) -> ensureGroup(id, name, Groups.GROUP_TYPE_WORKFLOW));
  }

  void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }

  private static Map<String, String> roleGroups() {
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put(Roles.EGI_OPERATIONS, "EGI Operations");
    groups.put(Roles.OMB, "Operations Management Board");
    groups.put(Roles.CUSTOMER_REPS, "Customer representatives");
    groups.put(Roles.CSIRT, "EGI CSIRT");
    groups.put(Roles.PROCESS_OWNERS, "Process owners");
    groups.put(Roles.AUDITORS, "Auditors");
    groups.put(Roles.MONITORING, "Monitoring (metrics scrapers)");
    return Collections.unmodifiableMap(groups);
  }

  private void grantAll(String groupId, Resource resource) {
    long existing = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(ANY).count();
    if (existing > 0) {
      return;
    }
    Authorization grant = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    grant.setGroupId(groupId);
    grant.setResource(resource);
    grant.setResourceId(ANY);
    grant.addPermission(Permissions.ALL);
    authorizationService.saveAuthorization(grant);
  }
}
