package org.toolflow.integration.helpdesk;

/** A helpdesk ticket as ToolFlow reads it; {@code dryRun} when nothing was sent. */
public record HelpdeskTicket(String id, String number, String title, String group, String state, String priority,
    boolean dryRun) {
}
