package org.toolflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What each role may do, granted to its group at every start (idempotent; nothing is granted to anyone else,
 * authorization checks deny the rest). Tasks themselves are opened to their assignee and candidate groups by
 * the engine (default task permission TASK_WORK), so operators see and work on their own groups' tasks only.
 */
@Component
@Order(11)
public class AccessPolicy implements ApplicationRunner {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  private static final Logger LOG = LoggerFactory.getLogger(AccessPolicy.class);

  private final IdentityService identityService;
  private final SystemGroups systemGroups;
  private final AccessProperties properties;
  private final Grants grants;
  private final AsSystem asSystem;

  AccessPolicy(IdentityService identityService, AuthorizationService authorizationService, SystemGroups systemGroups,
      AccessProperties properties, AsSystem asSystem) {
    this.identityService = identityService;
    this.asSystem = asSystem;
    this.systemGroups = systemGroups;
    this.properties = properties;
    this.grants = new Grants(authorizationService);
  }

  @Override
  public void run(ApplicationArguments args) {
    systemGroups.ensureRoleGroups();
    properties.configuredGroups().forEach(groupId -> systemGroups.ensureGroup(groupId, groupId, Groups.GROUP_TYPE_WORKFLOW));
    operatorGroups().forEach(this::grantOperator);
    grantReader(Roles.AUDITORS);
    grantReader(Roles.PROCESS_OWNERS);
    grantDeployer(Roles.PROCESS_OWNERS);
    LOG.info("Access policy applied: start rights {}", properties.start());
  }

  /**
   * Creates a tool's team or OTAG group (or any operator group) with these members and gives it its
   * operator rights. Safe to call from a delegate run by an operator: it runs without authorization checks.
   */
  public void ensureOperatorGroup(String groupId, String name, String... memberIds) {
    asSystem.run(() -> {
      systemGroups.ensureGroup(groupId, name, Groups.GROUP_TYPE_WORKFLOW);
      for (String memberId : memberIds) {
        if (identityService.createUserQuery().userId(memberId).memberOfGroup(groupId).count() == 0) {
          identityService.createMembership(memberId, groupId);
        }
      }
      grantOperator(groupId);
    });
  }

  /**
   * Closes a retired tool's team or OTAG group: it keeps its members and the read rights on the history its tasks
   * left, and loses its start rights and its open tasks' rights. Marked closed (group type), so no later start of
   * ToolFlow grants it anything again. A group that does not exist is left alone; closing twice changes nothing.
   */
  public void closeOperatorGroup(String groupId) {
    asSystem.run(() -> {
      Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
      if (group == null) {
        return;
      }
      if (!Roles.CLOSED_GROUP_TYPE.equals(group.getType())) {
        group.setType(Roles.CLOSED_GROUP_TYPE);
        identityService.saveGroup(group);
      }
      for (String key : grants.resourceIdsWith(groupId, Resources.PROCESS_DEFINITION,
          ProcessDefinitionPermissions.CREATE_INSTANCE)) {
        grants.revoke(groupId, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.CREATE_INSTANCE);
      }
      grants.revokeAll(groupId, Resources.PROCESS_INSTANCE);
      grants.revokeAll(groupId, Resources.TASK);
    });
  }

  /**
   * A process every ToolFlow user may start, whatever their groups (EGI users are asked to file change requests).
   * Instances and tasks stay hidden: starting grants no reading. The read-only roles keep changing nothing.
   */
  public void letEveryoneStart(String processKey) {
    grants.grantEveryone(Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grants.grantEveryone(Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
    for (String readOnly : Roles.READ_ONLY_GROUPS) {
      grants.deny(readOnly, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
  }

  /** Tasklist, the process models, and starting what the configuration lists for the group; nothing else. */
  void grantOperator(String groupId) {
    grants.grant(groupId, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    grants.grant(groupId, Resources.FILTER, ANY, Permissions.CREATE);
    // READ shows diagrams and start forms; instance and task rows stay hidden without READ_INSTANCE / READ_TASK.
    grants.grant(groupId, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
    List<String> startable = properties.startableBy(groupId);
    if (!startable.isEmpty()) {
      grants.grant(groupId, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
    }
    for (String key : startable) {
      grants.grant(groupId, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    // The configuration is the whole truth about start rights: a key taken out of it is taken away.
    for (String key : grants.resourceIdsWith(groupId, Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.CREATE_INSTANCE)) {
      if (!startable.contains(key)) {
        grants.revoke(groupId, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.CREATE_INSTANCE);
      }
    }
  }

  /** Cockpit and every definition, instance, task, decision, deployment and history entry: read only. */
  void grantReader(String groupId) {
    grants.grant(groupId, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    grants.grant(groupId, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_HISTORY);
    grants.grant(groupId, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    grants.grant(groupId, Resources.TASK, ANY, TaskPermissions.READ);
    grants.grant(groupId, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grants.grant(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grants.grant(groupId, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grants.grant(groupId, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    grants.grant(groupId, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    grants.grant(groupId, Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);
  }

  /** BPMN, DMN and forms go in as deployments (Camunda Modeler's deploy button); deleting one takes its models out. */
  void grantDeployer(String groupId) {
    grants.grant(groupId, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ, Permissions.DELETE);
  }

  private List<String> operatorGroups() {
    Set<String> groups = new LinkedHashSet<>(Roles.OPERATOR_GROUPS);
    identityService.createGroupQuery().unlimitedList().stream()
        .filter(group -> !Roles.CLOSED_GROUP_TYPE.equals(group.getType())).map(Group::getId)
        .filter(Roles::isOperatorGroup).sorted().forEach(groups::add);
    groups.addAll(properties.configuredGroups());
    return List.copyOf(groups);
  }
}
