package org.toolflow.incident.maintenance;

import static org.toolflow.incident.maintenance.MaintenanceWindowNames.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.incident.Variables;

/** Records the classified window; its key becomes the business key. */
@Component("recordMaintenanceWindowDelegate")
class RecordMaintenanceWindowDelegate implements JavaDelegate {

  private final MaintenanceWindows windows;

  RecordMaintenanceWindowDelegate(MaintenanceWindows windows) {
    this.windows = windows;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = windows.record(Variables.text(execution, TOOL_KEY), Variables.text(execution, HOSTNAME),
        Variables.text(execution, CLASSIFICATION), Variables.text(execution, SEVERITY),
        Variables.text(execution, DESCRIPTION), Variables.instant(execution, WINDOW_START),
        Variables.instant(execution, WINDOW_END), execution.getProcessInstanceId());
    execution.setVariable(WINDOW_KEY, key);
    execution.setProcessBusinessKey(key);
  }
}
