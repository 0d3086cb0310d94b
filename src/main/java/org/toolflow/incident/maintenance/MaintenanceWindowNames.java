package org.toolflow.incident.maintenance;

import org.toolflow.system.process.SharedVariables;

/** Key, element ids and variable names of the maintenance-window process; forms use the same names. */
public final class MaintenanceWindowNames {

  public static final String PROCESS_KEY = "maintenance-window";

  public static final String TASK_DECLARE = "Task_DeclareInGocdb";
  public static final String TASK_CONFIRM_BACK = "Task_ConfirmServiceBack";

  public static final String TOOL_KEY = SharedVariables.TOOL_KEY;
  public static final String HOSTNAME = "hostname";
  public static final String SEVERITY = "severity";
  public static final String STARTS_AT = "startsAt";
  public static final String ENDS_AT = "endsAt";
  public static final String DESCRIPTION = "description";
  public static final String WINDOW_START = "windowStart";
  public static final String WINDOW_END = "windowEnd";
  public static final String CLASSIFICATION = "classification";
  public static final String BELOW_RECOMMENDED_NOTICE = "belowRecommendedNotice";
  public static final String DECLARATION_DUE = "declarationDue";
  public static final String DECLARED_IN_GOCDB = "declaredInGocdb";
  public static final String GOCDB_CHECKS = "gocdbChecks";
  public static final String DOWNTIME_FOUND = "downtimeFound";
  public static final String CHECK_AGAIN = "checkAgain";
  public static final String GOCDB_DOWNTIME_ID = "gocdbDowntimeId";
  public static final String SERVICE_RESTORED = "serviceRestored";
  public static final String END_NOTE = "endNote";
  public static final String WINDOW_KEY = "windowKey";
  /** Input of the announcing task: "declared" or "ended". */
  public static final String ANNOUNCEMENT = "announcement";

  public static final String SCHEDULED = "SCHEDULED";
  public static final String UNSCHEDULED = "UNSCHEDULED";
  public static final String WARNING = "WARNING";
  public static final String OUTAGE = "OUTAGE";

  private MaintenanceWindowNames() {
  }
}
