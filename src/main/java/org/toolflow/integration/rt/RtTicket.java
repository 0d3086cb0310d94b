package org.toolflow.integration.rt;

/** A ticket RT created; {@code dryRun} when nothing was sent. */
public record RtTicket(String id, boolean dryRun) {
}
