package org.toolflow.release;

import org.camunda.bpm.engine.IdentityService;
import org.toolflow.ToolFixtures;
import org.toolflow.security.AccessPolicy;
import org.toolflow.security.ToolGroups;
import org.toolflow.tools.ToolRegistry;

/** Tools and people the release tests need, each test with its own so that tests stay independent. */
final class ReleaseFixtures extends ToolFixtures {

  static final String PASSWORD = "release-test-secret";

  private final AccessPolicy accessPolicy;

  ReleaseFixtures(ToolRegistry registry, IdentityService identityService, AccessPolicy accessPolicy) {
    super(registry, identityService, "rel", PASSWORD);
    this.accessPolicy = accessPolicy;
  }

  /** An ACTIVE tool with its team group (and OTAG group), granted as onboarding grants them; its source on GitHub or elsewhere. */
  String activeTool(boolean otag, boolean umd, boolean onGitHub) {
    String key = newToolKey();
    registry.registerOnboarding(activeToolNamed(key, "Tests releases").otag(otag).umdDistribution(umd)
        .sourceCodeUrl(onGitHub ? "https://github.com/EGI-Federation/" + key : "https://gitlab.example.org/egi/" + key)
        .build());
    registry.activate(key);
    accessPolicy.ensureOperatorGroup(ToolGroups.team(key), "Team of " + key);
    if (otag) {
      accessPolicy.ensureOperatorGroup(ToolGroups.otag(key), "OTAG of " + key);
    }
    return key;
  }
}
