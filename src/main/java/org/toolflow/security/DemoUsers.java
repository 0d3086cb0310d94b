package org.toolflow.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One user per role, so a newcomer can try each role in Tasklist and Cockpit. Only with the {@code demo}
 * profile, which nothing activates by default; the passwords are public (README), so never on a real server.
 */
@Component
@Profile("demo")
@Order(12)
class DemoUsers implements ApplicationRunner {

  static final String DEMO_TEAM = ToolGroups.team("demo");

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  private final IdentityService identityService;
  private final AccessPolicy accessPolicy;

  DemoUsers(IdentityService identityService, AccessPolicy accessPolicy) {
    this.identityService = identityService;
    this.accessPolicy = accessPolicy;
  }

  /** User id → group; each user's password is its id followed by {@code -demo}. */
  static Map<String, String> users() {
    Map<String, String> users = new LinkedHashMap<>();
    users.put("demo-operations", Roles.EGI_OPERATIONS);
    users.put("demo-team", DEMO_TEAM);
    users.put("demo-omb", Roles.OMB);
    users.put("demo-customer", Roles.CUSTOMER_REPS);
    users.put("demo-csirt", Roles.CSIRT);
    users.put("demo-owner", Roles.PROCESS_OWNERS);
    users.put("demo-auditor", Roles.AUDITORS);
    users.put("demo-admin", Roles.ADMINISTRATORS);
    return users;
  }

  static String passwordOf(String userId) {
    return userId + "-demo";
  }

  @Override
  public void run(ApplicationArguments args) {
    accessPolicy.ensureOperatorGroup(DEMO_TEAM, "Team of the demo tool");
    users().forEach(this::ensureUser);
    LOG.warn("Demo profile: demo users with public passwords exist ({}); never use this profile on a real server",
        String.join(", ", users().keySet()));
  }

  private void ensureUser(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName("Demo");
      user.setLastName(groupId);
      user.setEmail(userId + "@toolflow.invalid");
      user.setPassword(passwordOf(userId));
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }
}
