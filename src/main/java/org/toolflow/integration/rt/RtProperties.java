package org.toolflow.integration.rt;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where RT is ({@code toolflow.rt.base-url}, the folder holding {@code REST/2.0}) and its auth token. */
@ConfigurationProperties("toolflow.rt")
record RtProperties(String baseUrl, String token) {
}
