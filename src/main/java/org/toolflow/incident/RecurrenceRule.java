package org.toolflow.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Incidents recur when the threshold of one tool's incidents of one category falls within the window (both from the
 * incident-recurrence decision the process evaluated, default 3 within 30 days). Incidents already part of a problem
 * do not count again.
 */
@Component
class RecurrenceRule {

  private final IncidentRecords incidents;

  RecurrenceRule(IncidentRecords incidents) {
    this.incidents = incidents;
  }

  /** The recurring tickets, oldest first; empty when they do not (yet) recur. */
  List<String> recurringTickets(String toolKey, String category, int threshold, int windowDays, Instant now) {
    List<String> recent = incidents.recentWithoutProblem(toolKey, category, now.minus(Duration.ofDays(windowDays)));
    return recent.size() >= threshold ? recent : List.of();
  }
}
