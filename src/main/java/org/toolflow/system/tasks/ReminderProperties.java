package org.toolflow.system.tasks;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code toolflow.reminders.after}: working days a user task may stay open before it is due and its people are
 * reminded (default 5); {@code toolflow.reminders.zone}: the time zone the working days are counted in (UTC).
 */
@ConfigurationProperties("toolflow.reminders")
record ReminderProperties(Integer after, ZoneId zone) {

  static final int DEFAULT_WORKING_DAYS = 5;

  ReminderProperties {
    after = after == null ? DEFAULT_WORKING_DAYS : after;
    zone = zone == null ? ZoneId.of("UTC") : zone;
    if (after < 1) {
      throw new IllegalArgumentException("toolflow.reminders.after must be at least 1 working day, not " + after);
    }
  }
}
