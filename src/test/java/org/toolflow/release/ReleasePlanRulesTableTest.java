package org.toolflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of processes/release-plan-rules.dmn, evaluated by the DMN engine on the file process owners edit. */
class ReleasePlanRulesTableTest {

  private static DmnEngine engine;
  private static Map<String, DmnDecision> decisions;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes", "release-plan-rules.dmn"))) {
      List<DmnDecision> parsed = engine.parseDecisions(in);
      decisions = Map.of(parsed.get(0).getKey(), parsed.get(0), parsed.get(1).getKey(), parsed.get(1));
    }
  }

  @ParameterizedTest(name = "{0} -> OMB {1} days, {2}, acceptance tests {3}")
  @CsvSource({
      "major,     7, before-release, true",
      "minor,     7, before-release, false",
      "emergency, 0, after-release,  false"})
  void planRulesByKind(String kind, int noticeDays, String meeting, boolean acceptance) {
    DmnDecisionTableResult result = engine.evaluateDecisionTable(decisions.get(ReleaseProcess.PLAN_RULES),
        Map.of("kind", kind));

    assertThat(result).hasSize(1);
    assertThat(((Number) result.getSingleResult().getEntry("ombNoticeDays")).intValue()).isEqualTo(noticeDays);
    assertThat((String) result.getSingleResult().getEntry("ombMeetingRule")).isEqualTo(meeting);
    assertThat((Boolean) result.getSingleResult().getEntry("acceptanceTestsRequired")).isEqualTo(acceptance);
  }

  @ParameterizedTest(name = "impact {0}, risk {1} -> rollback steps {2}")
  @CsvSource({
      "true,  true,  true",
      "true,  false, true",
      "false, true,  true",
      "false, false, false"})
  void rollbackStepsForHighImpactOrHighRisk(boolean highImpact, boolean highRisk, boolean required) {
    DmnDecisionTableResult result = engine.evaluateDecisionTable(decisions.get(ReleaseProcess.ROLLBACK_RULE),
        Map.of("highImpact", highImpact, "highRisk", highRisk));

    assertThat(result).hasSize(1);
    assertThat((Boolean) result.getSingleResult().getEntry("rollbackRequired")).isEqualTo(required);
  }
}
