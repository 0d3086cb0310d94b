package org.toolflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of incident-targets and incident-recurrence, read from the files process owners edit. */
class IncidentDecisionsTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  @ParameterizedTest(name = "{0} x {1} -> respond in {2} h, resolve in {3} h")
  @CsvSource({
      "BASE, less urgent, 40, 120",
      "BASE, urgent, 40, 120",
      "BASE, very urgent, 40, 120",
      "BASE, top priority, 40, 120",
      "MEDIUM, less urgent, 40, 120",
      "MEDIUM, urgent, 40, 80",
      "MEDIUM, very urgent, 8, 40",
      "MEDIUM, top priority, 8, 24",
      "ADVANCED, less urgent, 40, 80",
      "ADVANCED, urgent, 8, 40",
      "ADVANCED, very urgent, 8, 24",
      "ADVANCED, top priority, 4, 16"})
  void targetsFollowTheGgusQualityOfSupportLevels(String quality, String priority, int responseHours, int resolutionHours)
      throws Exception {
    DmnDecisionTableResult result = DMN.evaluateDecisionTable(decision("incident-targets"),
        Map.of("qualityOfSupport", quality, "priority", priority));

    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().<Integer>getEntry("responseHours")).isEqualTo(responseHours);
    assertThat(result.getSingleResult().<Integer>getEntry("resolutionHours")).isEqualTo(resolutionHours);
  }

  @Test
  void anUnknownPriorityHasNoTarget() throws Exception {
    DmnDecisionTableResult result = DMN.evaluateDecisionTable(decision("incident-targets"),
        Map.of("qualityOfSupport", "MEDIUM", "priority", "whenever"));

    assertThat(result).isEmpty();
  }

  @Test
  void incidentsRecurAtThreeOfOneToolAndCategoryWithinThirtyDays() throws Exception {
    DmnDecisionRuleResult rule = DMN.evaluateDecisionTable(decision("incident-recurrence"),
        Map.of("toolKey", "any-tool", "category", "availability")).getSingleResult();

    assertThat(rule.<Integer>getEntry("threshold")).isEqualTo(3);
    assertThat(rule.<Integer>getEntry("windowDays")).isEqualTo(30);
  }

  private static DmnDecision decision(String key) throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("processes", key + ".dmn"))) {
      return DMN.parseDecision(key, in);
    }
  }
}
