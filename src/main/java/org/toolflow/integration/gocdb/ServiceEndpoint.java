package org.toolflow.integration.gocdb;

/** One {@code SERVICE_ENDPOINT} of GOCDB's answer. */
public record ServiceEndpoint(String primaryKey, String hostname, String serviceType, String siteName, String url,
    boolean inProduction, boolean monitored) {
}
