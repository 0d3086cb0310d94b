package org.toolflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of processes/change-classification.dmn, evaluated by the DMN engine on the file process owners edit. */
class ChangeClassificationTableTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes", "change-classification.dmn"))) {
      decision = engine.parseDecision(ChangeRequestProcess.DECISION_KEY, in);
    }
  }

  @ParameterizedTest(name = "{0}, security {1}, on the list {2} -> {3}, priority {4} ({5})")
  @CsvSource({
      "emergency, true,  false, emergency, 4, Rule_EmergencySecurityFix",
      "emergency, true,  true,  emergency, 4, Rule_EmergencySecurityFix",
      "emergency, false, false, normal,    3, Rule_EmergencyWithoutVulnerability",
      "standard,  false, true,  standard,  2, Rule_StandardOnList",
      "standard,  true,  true,  standard,  3, Rule_StandardSecurityFix",
      "standard,  false, false, normal,    2, Rule_StandardNotOnList",
      "standard,  true,  false, normal,    2, Rule_StandardNotOnList",
      "normal,    true,  false, normal,    3, Rule_NormalSecurityFix",
      "normal,    false, false, normal,    2, Rule_Normal",
      "normal,    false, true,  normal,    2, Rule_Normal"})
  void classifies(String requestedType, boolean security, boolean onList, String changeClass, int priority,
      String ruleId) throws IOException {
    DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, Map.of(
        "requestedType", requestedType, "securityVulnerability", security, "onStandardList", onList));

    assertThat(result).hasSize(1);
    assertThat((String) result.getSingleResult().getEntry("changeClass")).isEqualTo(changeClass);
    assertThat(((Number) result.getSingleResult().getEntry("priority")).intValue()).isEqualTo(priority);
    assertThat(matchedRule(requestedType, security, onList)).isEqualTo(ruleId);
  }

  // The id of the one rule that matched, as the table's evaluation listener reports it.
  private static String matchedRule(String requestedType, boolean security, boolean onList) throws IOException {
    List<String> matched = new ArrayList<>();
    DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration)
        DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(
        List.of(event -> event.getMatchingRules().forEach(rule -> matched.add(rule.getId()))));
    DmnEngine listening = configuration.buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes", "change-classification.dmn"))) {
      listening.evaluateDecisionTable(listening.parseDecision(ChangeRequestProcess.DECISION_KEY, in), Map.of(
          "requestedType", requestedType, "securityVulnerability", security, "onStandardList", onList));
    }
    assertThat(matched).hasSize(1);
    return matched.get(0);
  }
}
