package org.toolflow.incident.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param reportingDeadline how soon after it is suspected a security incident must be reported to EGI CSIRT */
@ConfigurationProperties("toolflow.security-incident")
record SecurityIncidentProperties(@DefaultValue("PT4H") Duration reportingDeadline) {
}
