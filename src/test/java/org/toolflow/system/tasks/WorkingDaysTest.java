package org.toolflow.system.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

  @ParameterizedTest(name = "{0} plus {1} working days is {2}")
  @CsvSource({
      "2026-11-23T09:00:00Z, 5, 2026-11-30T09:00:00Z",  // Monday: next Monday
      "2026-11-26T09:00:00Z, 1, 2026-11-27T09:00:00Z",  // Thursday: Friday
      "2026-11-27T16:30:00Z, 1, 2026-11-30T16:30:00Z",  // Friday: over the weekend to Monday
      "2026-11-27T10:00:00Z, 5, 2026-12-04T10:00:00Z",  // Friday: next Friday
      "2026-11-28T10:00:00Z, 5, 2026-12-04T10:00:00Z",  // Saturday: counting starts on Monday
      "2026-11-29T10:00:00Z, 1, 2026-11-30T10:00:00Z",  // Sunday: Monday
      "2026-11-23T09:00:00Z, 10, 2026-12-07T09:00:00Z", // two weeks
  })
  void weekendsDoNotCount(Instant start, int days, Instant due) {
    assertThat(WorkingDays.after(start, days, ZoneOffset.UTC)).isEqualTo(due);
  }

  @Test
  void theWeekendIsTheWeekendOfTheGivenZone() {
    // Friday 23:30 UTC is already Saturday in Tokyo: one working day later is Monday there.
    Instant fridayNightUtc = Instant.parse("2026-11-27T23:30:00Z");

    assertThat(WorkingDays.after(fridayNightUtc, 1, ZoneId.of("Asia/Tokyo"))).isEqualTo(Instant.parse("2026-11-29T23:30:00Z"));
    assertThat(WorkingDays.after(fridayNightUtc, 1, ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-11-30T23:30:00Z"));
  }

  @Test
  void negativeDaysAreRefused() {
    assertThatThrownBy(() -> WorkingDays.after(Instant.EPOCH, -1, ZoneOffset.UTC)).isInstanceOf(IllegalArgumentException.class);
  }
}
