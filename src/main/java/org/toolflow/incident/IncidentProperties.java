package org.toolflow.incident;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Incident and problem settings.
 *
 * @param pollEnabled whether the helpdesk is polled on a schedule (tests call the poll themselves)
 * @param pollInterval time between two polls of the EGI Helpdesk
 * @param categories the incident categories a team can choose; recurrence counts incidents per category
 * @param problemSupportUnit the GGUS support unit problems are opened to
 */
@ConfigurationProperties("toolflow.incident")
public record IncidentProperties(
    @DefaultValue("true") boolean pollEnabled,
    @DefaultValue("PT5M") Duration pollInterval,
    @DefaultValue({"availability", "functionality", "performance", "data", "access", "documentation", "other"})
    List<String> categories,
    @DefaultValue("Operations") String problemSupportUnit) {
}
