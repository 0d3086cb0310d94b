package org.toolflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.toolflow.system.time.EngineClock;

/**
 * The clock of a test run. By default the engine clock is the real one; {@code -Dtoolflow.test.clock=2027-12-31T23:30:00Z}
 * starts the whole run at that instant instead (the clock still ticks), which shows that no test depends on the day it
 * runs. Registered for every test class (junit-platform.properties): before each test the engine clock is back on the
 * run's clock, so a test that froze or moved it cannot leak that into the next one.
 */
public final class TestClock implements BeforeAllCallback, BeforeEachCallback {

  public static final String START_PROPERTY = "toolflow.test.clock";

  private static final Long OFFSET = offsetOfTheRun();

  /** The run's clock, as ToolFlow reads it. */
  public static final Clock CLOCK = new EngineClock();

  @Override
  public void beforeAll(ExtensionContext context) {
    reset();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    reset();
  }

  /** Puts the engine clock back on the run's clock: use it instead of {@code ClockUtil.reset()}. */
  public static void reset() {
    if (OFFSET == null) {
      ClockUtil.reset();
    } else {
      ClockUtil.offset(OFFSET);
    }
  }

  /** Freezes the engine clock at {@code moment} until the next {@link #reset()}. */
  public static void freezeAt(Instant moment) {
    ClockUtil.setCurrentTime(java.util.Date.from(moment));
  }

  /** Now, on the engine clock. */
  public static Instant now() {
    return CLOCK.instant();
  }

  /** Today in UTC on the engine clock: the day ToolFlow's own date rules count from. */
  public static LocalDate today() {
    return LocalDate.now(CLOCK.withZone(ZoneOffset.UTC));
  }

  private static Long offsetOfTheRun() {
    String start = System.getProperty(START_PROPERTY, "").strip();
    if (start.isEmpty()) {
      return null;
    }
    return Instant.parse(start).toEpochMilli() - System.currentTimeMillis();
  }
}
