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
    Map<String, Object> inputs = Map.of("processDefinitionKey", "change-request",
        "taskDefinitionKey", "Task_ApproveByOmb", "priority", "normal");

    Object first = engine.getDecisionService().evaluateDecisionTableByKey("task-deadlines", inputs).getSingleResult()
        .getEntryMap();
    int parsed = feel.parsedExpressions();
    Object second = engine.getDecisionService().evaluateDecisionTableByKey("task-deadlines", inputs).getSingleResult()
        .getEntryMap();

    assertThat(second).isEqualTo(first);
    assertThat(first.toString()).contains("workingDays=10");
    assertThat(feel.parsedExpressions()).isEqualTo(parsed).isPositive();
  }
}
