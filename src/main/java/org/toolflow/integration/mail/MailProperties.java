package org.toolflow.integration.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The sender of ToolFlow's mail ({@code toolflow.mail.from}); the SMTP server itself is {@code spring.mail.*}. */
@ConfigurationProperties("toolflow.mail")
record MailProperties(@DefaultValue("toolflow@localhost") String from) {
}
