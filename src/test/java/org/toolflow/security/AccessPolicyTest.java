package org.toolflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.system.web.CurrentUser;

@ToolFlowSpringTest
class AccessPolicyTest {

  @Autowired
  AccessPolicy accessPolicy;
  @Autowired
  SystemGroups systemGroups;
  @Autowired
  AccessProperties accessProperties;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired
  CurrentUser currentUser;
  @Autowired
  AsSystem asSystem;

  @AfterEach
  void noOneLeftAuthenticated() {
    identityService.clearAuthentication();
  }

  @Test
  void everyRoleHasItsGroupAfterTheFirstStart() {
    for (String group : List.of("egi-operations", "omb", "customer-reps", "csirt", "process-owners", "auditors",
        "camunda-admin")) {
      assertThat(identityService.createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
    }
  }

  @Test
  void applyingThePolicyAgainChangesNothing() throws Exception {
    accessPolicy.run(null);
    long before = authorizationService.createAuthorizationQuery().count();
    long groups = identityService.createGroupQuery().count();

    accessPolicy.run(null);

    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(before);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
  }

  @Test
  void operatorsMayStartWhatTheConfigurationListsForTheirGroupAndNothingElse() {
    assertThat(allowed(Roles.EGI_OPERATIONS, Resources.PROCESS_DEFINITION, "tool-onboarding",
        ProcessDefinitionPermissions.CREATE_INSTANCE)).isTrue();
    assertThat(allowed(Roles.CSIRT, Resources.PROCESS_DEFINITION, "security-incident",
        ProcessDefinitionPermissions.CREATE_INSTANCE)).isTrue();
    assertThat(allowed(Roles.CSIRT, Resources.PROCESS_DEFINITION, "tool-onboarding",
        ProcessDefinitionPermissions.CREATE_INSTANCE)).isFalse();
    assertThat(allowed(Roles.OMB, Resources.PROCESS_DEFINITION, "release",
        ProcessDefinitionPermissions.CREATE_INSTANCE)).isFalse();
    // Every user may file a change request, the read-only roles excepted.
    assertThat(allowed(Roles.OMB, Resources.PROCESS_DEFINITION, "change-request",
        ProcessDefinitionPermissions.CREATE_INSTANCE)).isTrue();
    assertThat(allowed(Roles.PROCESS_OWNERS, Resources.PROCESS_DEFINITION, "change-request",
        ProcessDefinitionPermissions.CREATE_INSTANCE)).isFalse();
    assertThat(allowed(Roles.AUDITORS, Resources.PROCESS_DEFINITION, "change-request",
        ProcessDefinitionPermissions.CREATE_INSTANCE)).isFalse();
    assertThat(allowed(Roles.EGI_OPERATIONS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE)).isTrue();
  }

  @Test
  void aToolTeamCreatedLaterGetsWhatEveryTeamMayDo() {
    accessPolicy.ensureOperatorGroup(ToolGroups.team("policy-probe"), "Team of the policy probe");
    accessPolicy.ensureOperatorGroup(ToolGroups.otag("policy-probe"), "OTAG of the policy probe");

    for (String key : accessProperties.startableBy("team-any")) {
      assertThat(allowed(ToolGroups.team("policy-probe"), Resources.PROCESS_DEFINITION, key,
          ProcessDefinitionPermissions.CREATE_INSTANCE)).as(key).isTrue();
    }
    assertThat(accessProperties.startableBy("team-any")).contains("release", "change-request");
    assertThat(allowed(ToolGroups.otag("policy-probe"), Resources.APPLICATION, AccessPolicy.TASKLIST, Permissions.ACCESS)).isTrue();
    assertThat(allowed(ToolGroups.otag("policy-probe"), Resources.PROCESS_DEFINITION, "release",
        ProcessDefinitionPermissions.CREATE_INSTANCE)).isFalse();
  }

  @Test
  void aClosedToolGroupStartsAndWorksOnNothingButKeepsItsHistoryAlsoAfterTheNextStart() throws Exception {
    String team = ToolGroups.team("closing-probe");
    accessPolicy.ensureOperatorGroup(team, "Team of the closing probe");
    Authorization taskGrant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    taskGrant.setGroupId(team);
    taskGrant.setResource(Resources.TASK);
    taskGrant.setResourceId("closing-probe-task");
    taskGrant.addPermission(TaskPermissions.TASK_WORK);
    authorizationService.saveAuthorization(taskGrant);
    Authorization historyGrant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    historyGrant.setGroupId(team);
    historyGrant.setResource(Resources.HISTORIC_TASK);
    historyGrant.setResourceId("closing-probe-task");
    historyGrant.addPermission(HistoricTaskPermissions.READ);
    authorizationService.saveAuthorization(historyGrant);

    accessPolicy.closeOperatorGroup(team);
    accessPolicy.run(null);
    accessPolicy.closeOperatorGroup(team);

    assertThat(identityService.createGroupQuery().groupId(team).singleResult().getType())
        .isEqualTo(Roles.CLOSED_GROUP_TYPE);
    // No start right of its own is left (a change request stays open to every user, whatever their groups).
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn(team).resourceType(Resources.PROCESS_DEFINITION)
        .hasPermission(ProcessDefinitionPermissions.CREATE_INSTANCE).count()).isZero();
    assertThat(allowed(team, Resources.PROCESS_DEFINITION, "release", ProcessDefinitionPermissions.CREATE_INSTANCE))
        .isFalse();
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn(team).resourceType(Resources.PROCESS_INSTANCE)
        .count()).isZero();
    assertThat(allowed(team, Resources.TASK, "closing-probe-task", TaskPermissions.TASK_WORK)).isFalse();
    assertThat(allowed(team, Resources.HISTORIC_TASK, "closing-probe-task", HistoricTaskPermissions.READ)).isTrue();
    assertThat(allowed(team, Resources.PROCESS_DEFINITION, "release", ProcessDefinitionPermissions.READ)).isTrue();
    accessPolicy.closeOperatorGroup(ToolGroups.otag("never-created-probe"));
    assertThat(identityService.createGroupQuery().groupId(ToolGroups.otag("never-created-probe")).count()).isZero();
  }

  @Test
  void aStartRightTakenOutOfTheConfigurationIsTakenAway() {
    String group = "policy-revocation-probe";
    AccessPolicy before = policyWith(Map.of(group, List.of("first-process", "second-process")));
    AccessPolicy after = policyWith(Map.of(group, List.of("second-process")));

    before.grantOperator(group);
    after.grantOperator(group);

    assertThat(allowed(group, Resources.PROCESS_DEFINITION, "first-process", ProcessDefinitionPermissions.CREATE_INSTANCE))
        .isFalse();
    assertThat(allowed(group, Resources.PROCESS_DEFINITION, "second-process", ProcessDefinitionPermissions.CREATE_INSTANCE))
        .isTrue();
    assertThat(allowed(group, Resources.PROCESS_DEFINITION, "first-process", ProcessDefinitionPermissions.READ))
        .as("reading models stays").isTrue();
  }

  @Test
  void anOperatorsDelegateMayCreateAToolTeamAndTheOperatorStaysWhoTheyWere() {
    String operator = TestUsers.ensureUser(identityService, "policy-delegate-operator", "secret", Roles.EGI_OPERATIONS);
    identityService.setAuthentication(operator, List.of(Roles.EGI_OPERATIONS));

    // As a delegate run in the operator's request would: inside an engine command, with their authentication.
    engineConfiguration.getCommandExecutorTxRequired().execute(commandContext -> {
      accessPolicy.ensureOperatorGroup(ToolGroups.team("delegate-probe"), "Team of the delegate probe", operator);
      return null;
    });
    // As an /api endpoint would: outside any command.
    accessPolicy.ensureOperatorGroup(ToolGroups.team("endpoint-probe"), "Team of the endpoint probe", operator);

    assertThat(identityService.getCurrentAuthentication().getUserId()).isEqualTo(operator);
    identityService.clearAuthentication();
    assertThat(identityService.createUserQuery().memberOfGroup(ToolGroups.team("delegate-probe")).userId(operator).count()).isOne();
    assertThat(identityService.createUserQuery().memberOfGroup(ToolGroups.team("endpoint-probe")).userId(operator).count()).isOne();
    assertThat(allowed(ToolGroups.team("delegate-probe"), Resources.APPLICATION, AccessPolicy.TASKLIST, Permissions.ACCESS)).isTrue();
  }

  @Test
  void readersReadEverythingAndChangeNothing() {
    for (String reader : List.of(Roles.AUDITORS, Roles.PROCESS_OWNERS)) {
      assertThat(allowed(reader, Resources.APPLICATION, AccessPolicy.COCKPIT, Permissions.ACCESS)).isTrue();
      assertThat(allowed(reader, Resources.PROCESS_DEFINITION, "any-process", ProcessDefinitionPermissions.READ_HISTORY)).isTrue();
      assertThat(allowed(reader, Resources.APPLICATION, AccessPolicy.TASKLIST, Permissions.ACCESS)).isFalse();
      assertThat(allowed(reader, Resources.PROCESS_DEFINITION, "any-process", ProcessDefinitionPermissions.UPDATE_INSTANCE))
          .isFalse();
      assertThat(allowed(reader, Resources.PROCESS_INSTANCE, "any-instance", Permissions.UPDATE)).isFalse();
      assertThat(allowed(reader, Resources.TASK, "any-task", Permissions.TASK_WORK)).isFalse();
    }
    assertThat(allowed(Roles.PROCESS_OWNERS, Resources.DEPLOYMENT, ANY, Permissions.CREATE)).isTrue();
    assertThat(allowed(Roles.AUDITORS, Resources.DEPLOYMENT, ANY, Permissions.CREATE)).isFalse();
  }

  @Test
  void requireLetsMembersAndAdministratorsThroughAndRefusesOthers() {
    identityService.setAuthentication("an-omb-member", List.of(Roles.OMB));
    Roles.require(currentUser, Roles.OMB, Roles.EGI_OPERATIONS);
    assertThatThrownBy(() -> Roles.require(currentUser, Roles.EGI_OPERATIONS)).isInstanceOf(AuthorizationException.class);

    identityService.setAuthentication("an-administrator", List.of(Roles.ADMINISTRATORS));
    Roles.require(currentUser, Roles.EGI_OPERATIONS);
  }

  private AccessPolicy policyWith(Map<String, List<String>> start) {
    return new AccessPolicy(identityService, authorizationService, systemGroups, new AccessProperties(start), asSystem);
  }

  private boolean allowed(String group, Resource resource, String resourceId, Permission permission) {
    return authorizationService.isUserAuthorized("someone-in-" + group, List.of(group), permission, resource, resourceId);
  }
}
