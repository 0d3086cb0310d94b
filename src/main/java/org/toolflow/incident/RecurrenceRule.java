package org.toolflow.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;
import org.toolflow.security.AsSystem;

/**
 * Incidents recur when the incident-recurrence decision's threshold of one tool's incidents of one category falls
 * within its window (default 3 within 30 days). Incidents already part of a problem do not count again.
 */
@Component
class RecurrenceRule {

  static final String DECISION = "incident-recurrence";

  private final DecisionService decisionService;
  private final IncidentRecords incidents;
  private final AsSystem asSystem;

  RecurrenceRule(DecisionService decisionService, IncidentRecords incidents, AsSystem asSystem) {
    this.decisionService = decisionService;
    this.incidents = incidents;
    this.asSystem = asSystem;
  }

  /** The recurring tickets, oldest first; empty when they do not (yet) recur. */
  List<String> recurringTickets(String toolKey, String category, Instant now) {
    DmnDecisionRuleResult rule = asSystem.call(() -> decisionService.evaluateDecisionTableByKey(DECISION,
        Map.of(IncidentNames.TOOL_KEY, toolKey, IncidentNames.CATEGORY, category)).getSingleResult());
    if (rule == null) {
      throw new IllegalStateException("the decision " + DECISION + " has no rule for tool '" + toolKey
          + "' and category '" + category + "'");
    }
    int threshold = ((Number) rule.getEntry("threshold")).intValue();
    int windowDays = ((Number) rule.getEntry("windowDays")).intValue();
    List<String> recent = incidents.recentWithoutProblem(toolKey, category, now.minus(Duration.ofDays(windowDays)));
    return recent.size() >= threshold ? recent : List.of();
  }
}
