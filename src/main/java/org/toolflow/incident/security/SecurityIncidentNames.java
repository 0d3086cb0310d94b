package org.toolflow.incident.security;

import org.toolflow.system.process.SharedVariables;

/** Key, element ids and variable names of the security-incident process; forms use the same names. */
public final class SecurityIncidentNames {

  public static final String PROCESS_KEY = "security-incident";

  public static final String TASK_REPORT = "Task_ReportToCsirt";
  public static final String TASK_HANDLE = "Task_HandleWithCsirt";
  public static final String TASK_FOLLOW_INSTRUCTIONS = "Task_FollowCsirtInstructions";

  public static final String TOOL_KEY = SharedVariables.TOOL_KEY;
  public static final String TICKET_ID = "ticketId";
  public static final String TITLE = "title";
  public static final String DESCRIPTION = "description";
  public static final String CSIRT_REPORT_DUE = "csirtReportDue";
  public static final String INCIDENT_REPORT = "incidentReport";
  public static final String AFFECTED_SYSTEMS = "affectedSystems";
  public static final String REPORTER_CONTACT = "reporterContact";
  public static final String CSIRT_DECISION = "csirtDecision";
  public static final String CSIRT_INSTRUCTIONS = "csirtInstructions";
  public static final String ACTIONS_TAKEN = "actionsTaken";

  public static final String ACTION_NEEDED = "actionNeeded";
  public static final String AGREE_TO_CLOSE = "agreeToClose";

  private SecurityIncidentNames() {
  }
}
