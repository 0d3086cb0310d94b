package org.toolflow.incident.maintenance;

import org.springframework.stereotype.Component;

/** The timers of the maintenance-window model, as configured: the model reads them through this bean. */
@Component("maintenanceTimers")
public class MaintenanceTimers {

  private final MaintenanceProperties properties;

  MaintenanceTimers(MaintenanceProperties properties) {
    this.properties = properties;
  }

  /** ISO-8601 duration between two GOCDB checks, e.g. PT30M. */
  public String checkInterval() {
    return properties.checkInterval().toString();
  }
}
