package org.toolflow.system.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The one clock ToolFlow reads: the process engine's. Timers, due dates and job locks follow the engine clock, so
 * every date ToolFlow writes (records, journal, deadlines) follows it too; moving the engine clock in a test moves
 * everything together. Inject {@link Clock}; never read the time any other way.
 */
@Component
public final class EngineClock extends Clock {

  private final ZoneId zone;

  public EngineClock() {
    this(ZoneOffset.UTC);
  }

  private EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return other.equals(zone) ? this : new EngineClock(other);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  @Override
  public long millis() {
    return ClockUtil.getCurrentTime().getTime();
  }
}
