package org.toolflow.incident.maintenance;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * EGI's rules for downtimes and how ToolFlow watches GOCDB for them.
 *
 * @param minimumNotice a window declared at least this long before it starts is SCHEDULED, otherwise UNSCHEDULED
 * @param recommendedNoticeDays the notice EGI recommends, in working days
 * @param latestDeclaration an interruption must be declared at most this long after it started
 * @param checkInterval time between two GOCDB checks for the declared downtime
 * @param checks checks before the team is asked again to declare it
 * @param usersMail who the tool's users are told through (lists), besides EGI Operations and the team
 */
@ConfigurationProperties("toolflow.maintenance")
record MaintenanceProperties(
    @DefaultValue("PT24H") Duration minimumNotice,
    @DefaultValue("5") int recommendedNoticeDays,
    @DefaultValue("PT48H") Duration latestDeclaration,
    @DefaultValue("PT30M") Duration checkInterval,
    @DefaultValue("48") int checks,
    @DefaultValue({}) List<String> usersMail) {
}
