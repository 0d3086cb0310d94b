package org.toolflow.integration.rt;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where RT is ({@code toolflow.rt.base-url}, the folder holding {@code REST/2.0}), its auth token, and the names the
 * queue's lifecycle gives the change statuses ({@code toolflow.rt.statuses.accepted: approved}), where they differ
 * from the defaults.
 */
@ConfigurationProperties("toolflow.rt")
record RtProperties(String baseUrl, String token, Map<RtStatus, String> statuses) {
}
