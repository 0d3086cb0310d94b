package org.toolflow.onboarding;

import static org.toolflow.onboarding.OnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.tools.ToolRegistry;

/** Records in the registry what onboarding created for the tool, and makes it ACTIVE. */
@Component("activateToolDelegate")
class ActivateToolDelegate implements JavaDelegate {

  private final ToolRegistry registry;

  ActivateToolDelegate(ToolRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = OnboardingTool.text(execution, TOOL_KEY);
    registry.update(OnboardingTool.completed(registry.get(key), execution));
    registry.activate(key);
  }
}
