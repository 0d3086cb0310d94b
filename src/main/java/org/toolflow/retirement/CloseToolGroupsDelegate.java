package org.toolflow.retirement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.incident.Variables;
import org.toolflow.security.AccessPolicy;
import org.toolflow.security.ToolGroups;

/** The tool's team and OTAG groups stay, for the history they made, but start and work on nothing any more. */
@Component
class CloseToolGroupsDelegate implements JavaDelegate {

  private final AccessPolicy accessPolicy;

  CloseToolGroupsDelegate(AccessPolicy accessPolicy) {
    this.accessPolicy = accessPolicy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String toolKey = Variables.text(execution, ToolRetirementProcess.Vars.TOOL_KEY);
    accessPolicy.closeOperatorGroup(ToolGroups.team(toolKey));
    accessPolicy.closeOperatorGroup(ToolGroups.otag(toolKey));
  }
}
