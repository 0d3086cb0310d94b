package org.toolflow.integration.helpdesk;

/** A new helpdesk ticket: the support unit (Zammad group), title, first article and who it is for. */
public record HelpdeskTicketRequest(String group, String title, String body, String customerEmail) {
}
