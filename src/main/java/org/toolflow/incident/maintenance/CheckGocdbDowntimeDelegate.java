package org.toolflow.incident.maintenance;

import static org.toolflow.incident.maintenance.MaintenanceWindowNames.*;

import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.incident.Variables;
import org.toolflow.integration.gocdb.DeclaredDowntime;
import org.toolflow.integration.gocdb.Downtime;
import org.toolflow.integration.gocdb.GocdbDirectory;

/**
 * Asks GOCDB for the host's downtimes and looks for the declared one: same severity, overlapping the window. Counts
 * the checks, so that after {@code toolflow.maintenance.checks} of them the team is asked again.
 */
@Component("checkGocdbDowntimeDelegate")
class CheckGocdbDowntimeDelegate implements JavaDelegate {

  private final GocdbDirectory gocdb;
  private final MaintenanceWindows windows;
  private final MaintenanceProperties properties;

  CheckGocdbDowntimeDelegate(GocdbDirectory gocdb, MaintenanceWindows windows, MaintenanceProperties properties) {
    this.gocdb = gocdb;
    this.windows = windows;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String severity = Variables.text(execution, SEVERITY);
    Instant start = Variables.instant(execution, WINDOW_START);
    Instant end = Variables.instant(execution, WINDOW_END);
    DeclaredDowntime asked = new DeclaredDowntime(Variables.text(execution, HOSTNAME), severity,
        Variables.text(execution, CLASSIFICATION), start, end, Variables.textOrEmpty(execution, DESCRIPTION));
    Optional<Downtime> declared = gocdb.findDowntimes(asked).stream()
        .filter(downtime -> severity.equalsIgnoreCase(downtime.severity()))
        .filter(downtime -> downtime.start().isBefore(end) && downtime.end().isAfter(start))
        .findFirst();
    int checks = ((Number) execution.getVariable(GOCDB_CHECKS)).intValue() + 1;
    execution.setVariable(GOCDB_CHECKS, checks);
    execution.setVariable(DOWNTIME_FOUND, declared.isPresent());
    execution.setVariable(CHECK_AGAIN, declared.isEmpty() && checks < properties.checks());
    declared.ifPresent(downtime -> {
      execution.setVariable(GOCDB_DOWNTIME_ID, downtime.primaryKey());
      windows.declared(Variables.text(execution, WINDOW_KEY), Variables.text(execution, CLASSIFICATION), severity,
          start, end, downtime.primaryKey());
    });
  }
}
