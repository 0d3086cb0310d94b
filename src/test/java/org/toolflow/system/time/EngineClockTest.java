package org.toolflow.system.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.toolflow.TestClock;

class EngineClockTest {

  // Late evening in UTC, already the next day in Amsterdam: shows which zone a day is counted in.
  static final Instant MOVED_TO = Instant.parse("2031-03-01T23:30:00Z");

  final Clock clock = new EngineClock();

  @AfterEach
  void restoreEngineClock() {
    TestClock.reset();
  }

  @Test
  void settingTheEngineClockMovesTheInstantAndTheDay() {
    ClockUtil.setCurrentTime(Date.from(MOVED_TO));

    assertThat(clock.instant()).isEqualTo(MOVED_TO);
    assertThat(clock.millis()).isEqualTo(MOVED_TO.toEpochMilli());
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2031, 3, 1));
  }

  @Test
  void anOffsetOfTheEngineClockMovesItToo() {
    ClockUtil.offset(0L);
    Instant before = clock.instant();
    Duration tenYears = Duration.ofDays(3650);

    Date engineNow = ClockUtil.offset(tenYears.toMillis());

    Instant after = clock.instant();
    assertThat(after).isAfterOrEqualTo(engineNow.toInstant());
    assertThat(Duration.between(before, after)).isBetween(tenYears, tenYears.plusDays(1));
  }

  @Test
  void aClockInAnotherZoneStillFollowsTheEngineClock() {
    ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
    Clock zoned = clock.withZone(amsterdam);

    ClockUtil.setCurrentTime(Date.from(MOVED_TO));

    assertThat(zoned.getZone()).isEqualTo(amsterdam);
    assertThat(zoned.instant()).isEqualTo(MOVED_TO);
    assertThat(LocalDate.now(zoned)).isEqualTo(LocalDate.of(2031, 3, 2));
    assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);

    ClockUtil.setCurrentTime(Date.from(MOVED_TO.plus(Duration.ofDays(40))));

    assertThat(zoned.instant()).isEqualTo(MOVED_TO.plus(Duration.ofDays(40)));
  }
}
