package org.toolflow.integration.gocdb;

import java.time.Instant;

/**
 * The downtime a process asked a person to declare in the GOCDB portal: the host whose downtimes are looked up,
 * and what the declaration holds. GOCDB itself is asked by host only; a dry run answers this declaration.
 */
public record DeclaredDowntime(String hostname, String severity, String classification, Instant start, Instant end,
    String description) {
}
