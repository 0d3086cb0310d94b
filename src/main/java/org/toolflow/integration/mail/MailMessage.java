package org.toolflow.integration.mail;

import java.util.List;
import java.util.Map;

/** A mail: recipients, subject, the template's name (without extension) and the values it shows. */
public record MailMessage(List<String> to, String subject, String template, Map<String, Object> model) {
}
