package org.toolflow.incident;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.toolflow.tools.ToolRegistry;

/**
 * Around the incident-targets decision the model evaluates: the tool's quality of support it reads, and its
 * working-hour targets turned into due dates on the working-hours clock.
 */
@Component("incidentTargets")
public class IncidentTargets {

  private final ToolRegistry registry;
  private final WorkingHours workingHours;

  IncidentTargets(ToolRegistry registry, WorkingHours workingHours) {
    this.registry = registry;
    this.workingHours = workingHours;
  }

  /** The decision's input: the GGUS quality of support of the tool (BASE, MEDIUM, ADVANCED). */
  public String qualityOfSupport(String toolKey) {
    return registry.get(toolKey).qualityOfSupport().name();
  }

  Instant due(Instant reportedAt, int workingHoursAllowed) {
    return workingHours.plus(reportedAt, Duration.ofHours(workingHoursAllowed));
  }
}
