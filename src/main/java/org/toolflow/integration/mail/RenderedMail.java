package org.toolflow.integration.mail;

import java.util.List;

/** A mail with its templates filled in; {@code html} is null when the template has no HTML part. */
record RenderedMail(List<String> to, String subject, String text, String html) {
}
