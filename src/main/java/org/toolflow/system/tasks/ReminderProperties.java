package org.toolflow.system.tasks;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code toolflow.reminders.after}: working days a user task may stay open before it is due and its people are
 * reminded (default 5); {@code toolflow.reminders.zone}: the time zone the working days are counted in (UTC).
 */
@ConfigurationProperties("toolflow.reminders")
record ReminderProperties(@DefaultValue("5") int after, @DefaultValue("UTC") ZoneId zone) {

  ReminderProperties {
    if (after < 1) {
      throw new IllegalArgumentException("toolflow.reminders.after must be at least 1 working day, not " + after);
    }
  }
}
