package org.toolflow.release;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.toolflow.TestUsers;
import org.toolflow.security.AccessPolicy;
import org.toolflow.security.ToolGroups;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;

/** Tools and people the release tests need, each test with its own so that tests stay independent. */
final class ReleaseFixtures {

  static final String PASSWORD = "release-test-secret";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final ToolRegistry registry;
  private final IdentityService identityService;
  private final AccessPolicy accessPolicy;
  private final String run = Long.toString(System.nanoTime() % 1_000_000, 36);

  ReleaseFixtures(ToolRegistry registry, IdentityService identityService, AccessPolicy accessPolicy) {
    this.registry = registry;
    this.identityService = identityService;
    this.accessPolicy = accessPolicy;
  }

  /** An ACTIVE tool with its team group (and OTAG group), granted as onboarding grants them; its source on GitHub or elsewhere. */
  String activeTool(boolean otag, boolean umd, boolean onGitHub) {
    String key = "rel" + run + SEQUENCE.incrementAndGet();
    registry.registerOnboarding(Tool.builder(key).name("Tool " + key).supportEmail(key + "-support@example.org")
        .teamLeaderName("Leader of " + key).teamLeaderEmail(key + "-leader@example.org").purpose("Tests releases")
        .licence("Apache-2.0").rtCategory("Category " + key).otag(otag).umdDistribution(umd)
        .sourceCodeUrl(onGitHub ? "https://github.com/EGI-Federation/" + key : "https://gitlab.example.org/egi/" + key)
        .build());
    registry.activate(key);
    accessPolicy.ensureOperatorGroup(ToolGroups.team(key), "Team of " + key);
    if (otag) {
      accessPolicy.ensureOperatorGroup(ToolGroups.otag(key), "OTAG of " + key);
    }
    return key;
  }

  String onboardingTool() {
    String key = "rel" + run + SEQUENCE.incrementAndGet();
    registry.registerOnboarding(Tool.builder(key).name("Tool " + key).supportEmail(key + "@example.org")
        .teamLeaderName("Leader").teamLeaderEmail(key + "-leader@example.org").purpose("Not active yet")
        .licence("MIT").build());
    return key;
  }

  /** A user with an e-mail address, member of the given groups (which exist: the roles' or a tool's). */
  String user(String role, String... groups) {
    return TestUsers.newPerson(identityService, role + "-" + run + "-" + SEQUENCE.incrementAndGet(), PASSWORD, groups);
  }
}
