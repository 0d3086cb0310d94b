package org.toolflow.onboarding;

import static org.toolflow.onboarding.OnboardingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.tools.QualityOfSupport;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;

/** Registers the accepted tool as ONBOARDING and sets the defaults the following forms propose. */
@Component("registerToolDelegate")
class RegisterToolDelegate implements JavaDelegate {

  private final ToolRegistry registry;

  RegisterToolDelegate(ToolRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Tool tool = registry.registerOnboarding(OnboardingTool.requested(execution));
    execution.setVariable(QUALITY_OF_SUPPORT, QualityOfSupport.DEFAULT.name());
    execution.setVariable(SUPPORT_UNIT_NAME, tool.name());
    execution.setVariable(RT_CATEGORY, tool.name());
    execution.setVariable(SHORT_DESCRIPTION, tool.purpose());
  }
}
