package org.toolflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.toolflow.ToolFlowSpringTest;

@ToolFlowSpringTest
class DemoUsersTest {

  @Autowired
  ApplicationContext context;
  @Autowired
  IdentityService identityService;
  @Autowired
  AccessPolicy accessPolicy;

  @AfterEach
  void removeDemoUsers() {
    DemoUsers.users().keySet().forEach(identityService::deleteUser);
  }

  @Test
  void withoutTheDemoProfileThereAreNoDemoUsers() {
    assertThat(context.getBeansOfType(DemoUsers.class)).isEmpty();
    assertThat(identityService.createUserQuery().userIdIn(DemoUsers.users().keySet().toArray(String[]::new)).count()).isZero();
  }

  @Test
  void theDemoProfileGivesEveryRoleAUserWithThePasswordTheReadmeNames() throws IOException {
    new DemoUsers(identityService, accessPolicy).run(null);
    new DemoUsers(identityService, accessPolicy).run(null);

    String readme = Files.readString(Path.of("README.md"));
    DemoUsers.users().forEach((user, group) -> {
      assertThat(identityService.checkPassword(user, DemoUsers.passwordOf(user))).as(user).isTrue();
      assertThat(identityService.createUserQuery().userId(user).memberOfGroup(group).count()).as(user).isOne();
      assertThat(readme).as("README row of " + user).contains("| `" + user + "` | `" + DemoUsers.passwordOf(user) + "` |");
    });
  }
}
