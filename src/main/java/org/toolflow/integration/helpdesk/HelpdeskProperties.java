package org.toolflow.integration.helpdesk;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the EGI Helpdesk (Zammad) is ({@code toolflow.helpdesk.base-url}, holding {@code api/v1}) and its API token. */
@ConfigurationProperties("toolflow.helpdesk")
record HelpdeskProperties(String baseUrl, String token) {
}
