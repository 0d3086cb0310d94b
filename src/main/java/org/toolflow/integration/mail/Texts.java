package org.toolflow.integration.mail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How dates read in mails and helpdesk articles: one zone, minutes, no ambiguity. */
public final class Texts {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private Texts() {
  }

  public static String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }
}
