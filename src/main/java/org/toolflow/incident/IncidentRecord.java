package org.toolflow.incident;

import java.time.Instant;

/** One incident as recorded: a GGUS ticket of one tool, its targets and what became of it. */
public record IncidentRecord(String ticketId, String ticketNumber, String toolKey, String category, String priority,
    String qualityOfSupport, String title, String source, String status, boolean securityRelated, Instant reportedAt,
    Instant responseDue, Instant resolutionDue, Instant respondedAt, Instant closedAt, boolean responseBreached,
    boolean resolutionBreached, String problemKey, String processInstanceId) {

  public static final String OPEN = "OPEN";
  public static final String RESPONDED = "RESPONDED";
  public static final String RESOLVED = "RESOLVED";
  public static final String ESCALATED = "ESCALATED_TO_PROBLEM";
  public static final String CLOSED_AS_SECURITY = "CLOSED_AS_SECURITY";
}
