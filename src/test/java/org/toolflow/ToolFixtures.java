package org.toolflow;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;

/** Tools and people a process test needs, each test with its own so that tests stay independent. */
public class ToolFixtures {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  protected final ToolRegistry registry;
  protected final IdentityService identityService;
  private final String prefix;
  private final String password;
  private final String run = Long.toString(System.nanoTime() % 1_000_000, 36);

  /** {@code prefix} starts the keys of this family's tools; {@code password} is every person's. */
  protected ToolFixtures(ToolRegistry registry, IdentityService identityService, String prefix, String password) {
    this.registry = registry;
    this.identityService = identityService;
    this.prefix = prefix;
    this.password = password;
  }

  /** A new tool key, unique in this run and across runs on the same database. */
  protected String newToolKey() {
    return prefix + run + SEQUENCE.incrementAndGet();
  }

  /** The builder of an ACTIVE tool with its support, team leader, licence and RT category filled in. */
  protected Tool.Builder activeToolNamed(String key, String purpose) {
    return Tool.builder(key).name("Tool " + key).supportEmail(key + "-support@example.org")
        .teamLeaderName("Leader of " + key).teamLeaderEmail(key + "-leader@example.org").purpose(purpose)
        .licence("Apache-2.0").rtCategory("Category " + key);
  }

  /** A tool registered for onboarding, not active yet. */
  public String onboardingTool() {
    String key = newToolKey();
    registry.registerOnboarding(Tool.builder(key).name("Tool " + key).supportEmail(key + "@example.org")
        .teamLeaderName("Leader").teamLeaderEmail(key + "-leader@example.org").purpose("Not active yet")
        .licence("MIT").build());
    return key;
  }

  /** A user with an e-mail address, member of the given groups. */
  public String user(String role, String... groups) {
    return TestUsers.newPerson(identityService, role + "-" + run + "-" + SEQUENCE.incrementAndGet(), password, groups);
  }
}
