package org.toolflow.system.time;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Runs ToolFlow in the zone {@code toolflow.time-zone} (UTC unless set) whatever the machine's zone. The engine
 * adds timer durations and reads cron timers (the OMB meetings) in the JVM's default zone, so without this a
 * seven-day wait ends an hour apart on two machines across a daylight-saving change.
 */
class ServerTimeZone implements EnvironmentPostProcessor {

  static final String PROPERTY = "toolflow.time-zone";
  static final String DEFAULT_ZONE = "UTC";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    TimeZone.setDefault(TimeZone.getTimeZone(zone(environment.getProperty(PROPERTY, DEFAULT_ZONE))));
  }

  static ZoneId zone(String value) {
    try {
      return ZoneId.of(value.trim());
    } catch (DateTimeException e) {
      throw new IllegalStateException(PROPERTY + " must be a time zone id such as UTC or Europe/Amsterdam (got '"
          + value + "')", e);
    }
  }
}
