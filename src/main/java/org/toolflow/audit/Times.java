package org.toolflow.audit;

import java.time.Instant;
import java.util.Date;

/** The engine speaks java.util.Date; the trail speaks Instant (ISO-8601 in JSON and CSV). */
final class Times {

  private Times() {
  }

  static Instant of(Date date) {
    return date == null ? null : date.toInstant();
  }
}
