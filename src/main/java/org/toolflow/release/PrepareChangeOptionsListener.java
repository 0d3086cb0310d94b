package org.toolflow.release;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.toolflow.release.ReleaseProcess.Vars;
import org.toolflow.system.process.JsonList;

/**
 * When the team is asked to scope the release: the tool's accepted and in-progress changes, fresh at every cycle,
 * as the options the form's checklist loads ({@code valuesKey} = {@code changeOptions}).
 */
@Component
class PrepareChangeOptionsListener implements TaskListener {

  private final ReleaseChanges changes;

  PrepareChangeOptionsListener(ReleaseChanges changes) {
    this.changes = changes;
  }

  @Override
  public void notify(DelegateTask task) {
    String toolKey = (String) task.getVariable(Vars.TOOL_KEY);
    task.getExecution().setVariable(Vars.CHANGE_OPTIONS, JsonList.of(changes.options(toolKey)));
  }
}
