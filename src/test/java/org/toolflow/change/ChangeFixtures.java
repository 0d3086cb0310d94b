package org.toolflow.change;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.toolflow.ToolFixtures;
import org.toolflow.tools.ToolRegistry;

/** Tools, people and standard changes the change tests need, each test with its own so that tests stay independent. */
final class ChangeFixtures extends ToolFixtures {

  static final String PASSWORD = "change-test-secret";

  private final StandardChanges standardChanges;

  ChangeFixtures(ToolRegistry registry, IdentityService identityService, StandardChanges standardChanges) {
    super(registry, identityService, "chg", PASSWORD);
    this.standardChanges = standardChanges;
  }

  /** An ACTIVE tool with its team group (and OTAG group when it has one). */
  String activeTool(boolean otag) {
    String key = newToolKey();
    registry.registerOnboarding(activeToolNamed(key, "Tests changes").otag(otag).build());
    registry.activate(key);
    group("team-" + key);
    if (otag) {
      group("otag-" + key);
    }
    return key;
  }

  void standardChanges(String toolKey, String... codes) {
    standardChanges.replace(toolKey, List.of(codes).stream()
        .map(code -> new StandardChange(code, "Standard change " + code, null)).toList(), "fixture");
  }

  void group(String id) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      identityService.saveGroup(identityService.newGroup(id));
    }
  }
}
