package org.toolflow.integration.gocdb;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** GOCDB's programmatic interface ({@code toolflow.gocdb.base-url}, e.g. {@code https://goc.egi.eu/gocdbpi/public/}). */
@ConfigurationProperties("toolflow.gocdb")
record GocdbProperties(String baseUrl) {
}
