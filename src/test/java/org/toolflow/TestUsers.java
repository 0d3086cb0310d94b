package org.toolflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Credentials of the administrator the test profile creates, and throw-away users for tests. */
public final class TestUsers {

  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "test-admin-secret";

  private TestUsers() {
  }

  /** Creates the user once; wrong-password tests use their own users, since failed logins delay the next. */
  public static String ensureUser(IdentityService identityService, String userId, String password, String... groups) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      create(identityService, userId, null, password, groups);
    }
    return userId;
  }

  /** A new user with an e-mail address (the processes mail people), member of the groups, created when missing. */
  public static String newPerson(IdentityService identityService, String userId, String password, String... groups) {
    return create(identityService, userId, userId + "@example.org", password, groups);
  }

  private static String create(IdentityService identityService, String userId, String email, String password,
      String... groups) {
    User user = identityService.newUser(userId);
    user.setEmail(email);
    user.setPassword(password);
    identityService.saveUser(user);
    for (String group : groups) {
      if (identityService.createGroupQuery().groupId(group).count() == 0) {
        identityService.saveGroup(identityService.newGroup(group));
      }
      identityService.createMembership(userId, group);
    }
    return userId;
  }
}
