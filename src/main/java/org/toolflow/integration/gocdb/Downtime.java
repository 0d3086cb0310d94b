package org.toolflow.integration.gocdb;

import java.time.Instant;

/** One {@code DOWNTIME} of GOCDB's answer; severity WARNING or OUTAGE, classification SCHEDULED or UNSCHEDULED. */
public record Downtime(String primaryKey, String hostname, String severity, String classification, String description,
    Instant start, Instant end) {
}
