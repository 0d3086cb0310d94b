package org.toolflow.incident.maintenance;

import org.springframework.stereotype.Component;

/** What the maintenance-window model reads from configuration: the wait between two GOCDB checks. */
@Component("maintenanceWindowSettings")
public class MaintenanceWindowSettings {

  private final MaintenanceProperties properties;

  MaintenanceWindowSettings(MaintenanceProperties properties) {
    this.properties = properties;
  }

  /** ISO-8601 duration for the timer, e.g. PT30M. */
  public String checkInterval() {
    return properties.checkInterval().toString();
  }
}
