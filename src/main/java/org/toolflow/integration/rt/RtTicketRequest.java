package org.toolflow.integration.rt;

import java.util.Map;

/** A new RT ticket: queue, subject, first message, requestor, priority and custom fields (e.g. the tool category). */
public record RtTicketRequest(String queue, String subject, String content, String requestor, Integer priority,
    Map<String, String> customFields) {
}
