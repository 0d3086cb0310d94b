package org.toolflow.change;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.toolflow.TestUsers;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;

/** Tools, people and grants the change tests need, each test with its own so that tests stay independent. */
final class ChangeFixtures {

  static final String PASSWORD = "change-test-secret";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final ToolRegistry registry;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final StandardChanges standardChanges;
  private final String run = Long.toString(System.nanoTime() % 1_000_000, 36);

  ChangeFixtures(ToolRegistry registry, IdentityService identityService, AuthorizationService authorizationService,
      StandardChanges standardChanges) {
    this.registry = registry;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.standardChanges = standardChanges;
  }

  /** An ACTIVE tool with its team group (and OTAG group when it has one). */
  String activeTool(boolean otag) {
    String key = "chg" + run + SEQUENCE.incrementAndGet();
    registry.registerOnboarding(Tool.builder(key).name("Tool " + key).supportEmail(key + "-support@example.org")
        .teamLeaderName("Leader of " + key).teamLeaderEmail(key + "-leader@example.org").purpose("Tests changes")
        .licence("Apache-2.0").rtCategory("Category " + key).otag(otag).build());
    registry.activate(key);
    group("team-" + key);
    if (otag) {
      group("otag-" + key);
    }
    return key;
  }

  String onboardingTool() {
    String key = "chg" + run + SEQUENCE.incrementAndGet();
    registry.registerOnboarding(Tool.builder(key).name("Tool " + key).supportEmail(key + "@example.org")
        .teamLeaderName("Leader").teamLeaderEmail(key + "-leader@example.org").purpose("Not active yet")
        .licence("MIT").build());
    return key;
  }

  void standardChanges(String toolKey, String... codes) {
    standardChanges.replace(toolKey, List.of(codes).stream()
        .map(code -> new StandardChange(code, "Standard change " + code, null)).toList(), "fixture");
  }

  /** A user with an e-mail address, member of the given groups. */
  String user(String role, String... groups) {
    return TestUsers.newPerson(identityService, role + "-" + run + "-" + SEQUENCE.incrementAndGet(), PASSWORD, groups);
  }

  void group(String id) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      identityService.saveGroup(identityService.newGroup(id));
    }
  }
}
