package org.toolflow.incident;

import java.time.Instant;
import java.util.List;

/** A problem: the root cause behind recurring or unsolved incidents of one tool and category. */
public record ProblemRecord(String problemKey, String toolKey, String category, String reason, String summary,
    List<String> relatedTickets, String status, String operationsTicketId, String changeKey, Instant openedAt,
    Instant closedAt, String processInstanceId) {

  public static final String OPEN = "OPEN";
  public static final String AWAITING_CHANGE = "AWAITING_CHANGE";
  public static final String CLOSED = "CLOSED";
}
