package org.toolflow.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;
import org.toolflow.security.AsSystem;

/** The incident-targets decision (process owners edit it) turned into due dates on the working-hours clock. */
@Component
class IncidentTargets {

  static final String DECISION = "incident-targets";

  record Targets(int responseHours, int resolutionHours, Instant responseDue, Instant resolutionDue) {
  }

  private final DecisionService decisionService;
  private final WorkingHours workingHours;
  private final AsSystem asSystem;

  IncidentTargets(DecisionService decisionService, WorkingHours workingHours, AsSystem asSystem) {
    this.decisionService = decisionService;
    this.workingHours = workingHours;
    this.asSystem = asSystem;
  }

  Targets of(String qualityOfSupport, String priority, Instant reportedAt) {
    DmnDecisionRuleResult result = asSystem.call(() -> decisionService.evaluateDecisionTableByKey(DECISION,
            Map.of(IncidentNames.QUALITY_OF_SUPPORT, qualityOfSupport, IncidentNames.PRIORITY, priority))
        .getSingleResult());
    if (result == null) {
      throw new IllegalStateException("the decision " + DECISION + " has no rule for quality of support '"
          + qualityOfSupport + "' and priority '" + priority + "'");
    }
    int response = ((Number) result.getEntry(IncidentNames.RESPONSE_HOURS)).intValue();
    int resolution = ((Number) result.getEntry(IncidentNames.RESOLUTION_HOURS)).intValue();
    return new Targets(response, resolution, workingHours.plus(reportedAt, Duration.ofHours(response)),
        workingHours.plus(reportedAt, Duration.ofHours(resolution)));
  }
}
