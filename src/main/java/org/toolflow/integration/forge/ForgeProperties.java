package org.toolflow.integration.forge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public forge's REST API. Its address has a default, so the address alone cannot switch it live:
 * {@code toolflow.forge.enabled=true} does. The token is optional (GitHub allows 60 anonymous calls an hour).
 */
@ConfigurationProperties("toolflow.forge")
record ForgeProperties(@DefaultValue("https://api.github.com") String baseUrl, boolean enabled, String token) {
}
