package org.toolflow.retirement;

import static org.toolflow.retirement.ToolRetirementProcess.Vars.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeRetirements;
import org.toolflow.incident.Variables;

/** Every open change request of the retired tool is rejected by its own process, with the retirement as reason. */
@Component
class RejectOpenChangesDelegate implements JavaDelegate {

  private final ChangeRetirements changes;

  RejectOpenChangesDelegate(ChangeRetirements changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String toolKey = Variables.text(execution, TOOL_KEY);
    String reason = "The tool " + toolKey + " is retired: " + Variables.text(execution, RETIREMENT_REASON);
    List<String> rejected = changes.rejectOpenChangesOf(toolKey, reason);
    execution.setVariable(REJECTED_CHANGES, String.join(", ", rejected));
  }
}
