package org.toolflow.integration;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Timeouts of every HTTP call to an outside system. */
@ConfigurationProperties("toolflow.connectors")
public record ConnectorProperties(@DefaultValue("2s") Duration connectTimeout, @DefaultValue("4s") Duration readTimeout) {
}
