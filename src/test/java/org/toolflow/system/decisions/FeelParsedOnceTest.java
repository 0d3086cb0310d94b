package org.toolflow.system.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.ToolFlowSpringTest;

/** The engine's decisions run on the FEEL engine that parses once, and a second evaluation parses nothing. */
@ToolFlowSpringTest
class FeelParsedOnceTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void theDecisionsOfToolFlowParseEachExpressionOnce() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getDmnEngineConfiguration().getFeelEngine()).isInstanceOf(ParsedOnceFeelEngine.class);
    ParsedOnceFeelEngine feel = (ParsedOnceFeelEngine) configuration.getDmnEngineConfiguration().getFeelEngine();
    // Names holding strings, plain string tests and whole numbers are answered without FEEL; booleans and the
    // string outputs of the classification are parsed, once.
    Map<String, Object> deadlineInputs = Map.of("processDefinitionKey", "change-request",
        "taskDefinitionKey", "Task_ApproveByOmb", "priority", "normal");
    Map<String, Object> classificationInputs = Map.of("requestedType", "normal", "securityVulnerability", false,
        "onStandardList", false);

    Object first = evaluate("task-deadlines", deadlineInputs) + " " + evaluate("change-classification",
        classificationInputs);
    int parsed = feel.parsedExpressions();
    Object second = evaluate("task-deadlines", deadlineInputs) + " " + evaluate("change-classification",
        classificationInputs);

    assertThat(second).isEqualTo(first);
    assertThat(first.toString()).contains("workingDays=10");
    assertThat(feel.parsedExpressions()).isEqualTo(parsed).isPositive();
  }

  private Object evaluate(String decision, Map<String, Object> inputs) {
    return engine.getDecisionService().evaluateDecisionTableByKey(decision, inputs).getFirstResult().getEntryMap();
  }
}
