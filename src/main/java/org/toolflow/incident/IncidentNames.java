package org.toolflow.incident;

import org.toolflow.system.process.SharedVariables;

/** Keys, element ids and variable names of the incident and problem-escalation processes; forms use the same names. */
public final class IncidentNames {

  public static final String INCIDENT = "incident";
  public static final String PROBLEM_ESCALATION = "problem-escalation";
  public static final String SECURITY_INCIDENT = "security-incident";

  // incident: elements
  public static final String TASK_RESPOND = "Task_RespondToIncident";
  public static final String TASK_RESOLVE = "Task_ResolveIncident";

  // incident: variables
  public static final String TICKET_ID = "ticketId";
  public static final String TICKET_NUMBER = "ticketNumber";
  public static final String TOOL_KEY = SharedVariables.TOOL_KEY;
  public static final String TOOL_NAME = SharedVariables.TOOL_NAME;
  public static final String SUPPORT_UNIT = "supportUnit";
  public static final String QUALITY_OF_SUPPORT = "qualityOfSupport";
  public static final String PRIORITY = "priority";
  public static final String CATEGORY = "category";
  public static final String TITLE = "title";
  public static final String DESCRIPTION = "description";
  public static final String SECURITY_RELATED = "securityRelated";
  public static final String SOURCE = "source";
  public static final String REPORTED_AT = "reportedAt";
  public static final String RESPONSE_HOURS = "responseHours";
  public static final String RESOLUTION_HOURS = "resolutionHours";
  public static final String RESPONSE_DUE = "responseDue";
  public static final String RESOLUTION_DUE = "resolutionDue";
  public static final String RESPONSE_NOTE = "responseNote";
  public static final String RESOLUTION_OUTCOME = "resolutionOutcome";
  public static final String RESOLUTION_NOTE = "resolutionNote";
  public static final String RECURRING = "recurring";
  public static final String RELATED_TICKETS = "relatedTickets";
  /** Set by the incident-recurrence decision in the model. */
  public static final String RECURRENCE_THRESHOLD = "recurrenceThreshold";
  public static final String RECURRENCE_WINDOW_DAYS = "recurrenceWindowDays";
  /** Input parameters of the service tasks that share a delegate. */
  public static final String PROBLEM_REASON = "problemReason";
  public static final String BREACHED_TARGET = "breachedTarget";
  public static final String CLOSURE = "closure";

  public static final String OUTCOME_RESOLVED = "resolved";
  public static final String OUTCOME_CANNOT_SOLVE = "cannotSolve";
  public static final String OUTCOME_SECURITY = "securityRelated";

  public static final String SOURCE_HELPDESK = "HELPDESK";
  public static final String SOURCE_MANUAL = "MANUAL";

  // problem-escalation: elements
  public static final String TASK_INVESTIGATE = "Task_InvestigateRootCause";
  public static final String MESSAGE_CHANGE_CONCLUDED = "ChangeConcluded";

  // problem-escalation: variables
  public static final String PROBLEM_KEY = "problemKey";
  public static final String SUMMARY = "summary";
  public static final String OPERATIONS_TICKET_ID = "operationsTicketId";
  public static final String ROOT_CAUSE = "rootCause";
  public static final String KNOWN_ERROR = "knownError";
  public static final String WORKAROUND = "workaround";
  public static final String CHANGE_TITLE = "changeTitle";
  public static final String CHANGE_DESCRIPTION = "changeDescription";
  public static final String CHANGE_KEY = "changeKey";
  public static final String CHANGE_STATUS = "changeStatus";
  public static final String INVESTIGATED_BY = "investigatedBy";

  public static final String REASON_RECURRENCE = "RECURRENCE";
  public static final String REASON_UNSOLVED = "UNSOLVED";
  public static final String REASON_MANUAL = "MANUAL";

  private IncidentNames() {
  }
}
