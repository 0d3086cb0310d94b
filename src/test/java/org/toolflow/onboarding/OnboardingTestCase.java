package org.toolflow.onboarding;

import static org.toolflow.onboarding.OnboardingFixtures.newToolKey;
import static org.toolflow.onboarding.OnboardingProcess.GROUP_TOOL_REQUESTERS;

import org.junit.jupiter.api.BeforeEach;
import org.toolflow.EngineTestCase;
import org.toolflow.TestUsers;

/** What every onboarding process test starts from: a new tool key and its future team leader, who requests it. */
abstract class OnboardingTestCase extends EngineTestCase {

  String toolKey;
  String requester;

  @BeforeEach
  void newToolAndRequester() {
    toolKey = newToolKey();
    requester = TestUsers.ensureUser(identityService, "leader-" + toolKey, "leader-secret", GROUP_TOOL_REQUESTERS);
  }
}
