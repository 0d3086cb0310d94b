package org.toolflow.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code toolflow.web.*}: how ToolFlow is reached.
 *
 * @param behindTls true behind a TLS proxy: secure cookies and HSTS on every answer
 */
@ConfigurationProperties("toolflow.web")
record WebProperties(@DefaultValue("false") boolean behindTls) {
}
