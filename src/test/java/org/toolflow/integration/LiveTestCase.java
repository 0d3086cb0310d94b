package org.toolflow.integration;

import static org.toolflow.onboarding.OnboardingFixtures.newToolKey;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.toolflow.security.Roles;

/** What every live test starts from: the run's ToolFlow, its stand-ins, and a new member of EGI Operations. */
@ExtendWith(LiveRun.class)
abstract class LiveTestCase {

  final LiveStandIns standIns = LiveRun.standIns();
  final LiveToolFlow toolFlow = LiveRun.toolFlow();
  final ObjectMapper json = new ObjectMapper();
  String operator;

  @BeforeEach
  void newOperator() {
    operator = toolFlow.person("operator-" + newToolKey(), Roles.EGI_OPERATIONS);
  }
}
