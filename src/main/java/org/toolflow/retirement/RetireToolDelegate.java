package org.toolflow.retirement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.incident.Variables;
import org.toolflow.tools.ToolRegistry;

/** The tool becomes RETIRED in the registry: no start form, poll or release offers it any more. */
@Component
class RetireToolDelegate implements JavaDelegate {

  private final ToolRegistry registry;

  RetireToolDelegate(ToolRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    registry.retire(Variables.text(execution, ToolRetirementProcess.Vars.TOOL_KEY));
  }
}
