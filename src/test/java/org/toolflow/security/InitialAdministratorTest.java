package org.toolflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;

@ToolFlowSpringTest
class InitialAdministratorTest {

  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;

  @Test
  void administratorFromTheEnvironmentIsAMemberOfCamundaAdmin() {
    assertThat(identityService.checkPassword(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)).isTrue();
    assertThat(identityService.createGroupQuery().groupMember(TestUsers.ADMIN).groupId(Groups.CAMUNDA_ADMIN).count())
        .isEqualTo(1);
  }

  @Test
  void administratorsMayUseEveryWebapp() {
    for (String app : new String[] {"cockpit", "tasklist", "admin"}) {
      assertThat(authorizationService.isUserAuthorized(TestUsers.ADMIN, java.util.List.of(Groups.CAMUNDA_ADMIN),
          Permissions.ACCESS, Resources.APPLICATION, app)).as(app).isTrue();
    }
  }

  @Test
  void generatedPasswordsAreLongAndDiffer() {
    String first = InitialAdministrator.generatePassword();
    String second = InitialAdministrator.generatePassword();

    assertThat(first).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(second);
  }
}
