package org.toolflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  private final WorkingHours hours = new WorkingHours(new WorkingHoursProperties(
      LocalTime.of(7, 0), LocalTime.of(15, 0), ZoneId.of("UTC"), WEEKDAYS, List.of()));

  @Test
  void oneWorkingDayIsEightHours() {
    assertThat(hours.day()).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void withinOneDayTheTargetIsTheSameDay() {
    // Tuesday 2025-03-04 09:30 + 4 h
    assertThat(hours.plus(at("2025-03-04T09:30:00Z"), Duration.ofHours(4))).isEqualTo(at("2025-03-04T13:30:00Z"));
  }

  @Test
  void aTargetReachingClosingTimeEndsThatDay() {
    assertThat(hours.plus(at("2025-03-04T07:00:00Z"), Duration.ofHours(8))).isEqualTo(at("2025-03-04T15:00:00Z"));
  }

  @Test
  void theRemainderCarriesOverTheNight() {
    // Tuesday 13:00 + 4 h: 2 h on Tuesday, 2 h from Wednesday 07:00
    assertThat(hours.plus(at("2025-03-04T13:00:00Z"), Duration.ofHours(4))).isEqualTo(at("2025-03-05T09:00:00Z"));
  }

  @Test
  void reportedAtNightTheClockStartsAtNextOpening() {
    assertThat(hours.plus(at("2025-03-04T22:15:00Z"), Duration.ofHours(4))).isEqualTo(at("2025-03-05T11:00:00Z"));
    assertThat(hours.plus(at("2025-03-05T03:00:00Z"), Duration.ofHours(4))).isEqualTo(at("2025-03-05T11:00:00Z"));
  }

  @Test
  void weekendsDoNotCount() {
    // Friday 2025-03-07 14:00 + 1 working day → Monday 2025-03-10 14:00
    assertThat(hours.plus(at("2025-03-07T14:00:00Z"), Duration.ofHours(8))).isEqualTo(at("2025-03-10T14:00:00Z"));
    // Saturday reports start on Monday morning
    assertThat(hours.plus(at("2025-03-08T10:00:00Z"), Duration.ofHours(4))).isEqualTo(at("2025-03-10T11:00:00Z"));
  }

  @Test
  void fiveWorkingDaysSpanAWeekend() {
    // Wednesday 2025-03-05 10:00 + 40 h → Wednesday 2025-03-12 10:00
    assertThat(hours.plus(at("2025-03-05T10:00:00Z"), Duration.ofHours(40))).isEqualTo(at("2025-03-12T10:00:00Z"));
  }

  @Test
  void monthAndYearEndsAreCrossed() {
    // Friday 2025-01-31 12:00 + 1 working day → Monday 2025-02-03 12:00
    assertThat(hours.plus(at("2025-01-31T12:00:00Z"), Duration.ofHours(8))).isEqualTo(at("2025-02-03T12:00:00Z"));
    // Wednesday 2024-12-31 14:00 + 4 h → Thursday 2025-01-01 10:00 (no holidays configured)
    assertThat(hours.plus(at("2024-12-31T14:00:00Z"), Duration.ofHours(4))).isEqualTo(at("2025-01-01T10:00:00Z"));
    // Leap day: Thursday 2024-02-29 14:30 + 2 h → Friday 2024-03-01 08:30
    assertThat(hours.plus(at("2024-02-29T14:30:00Z"), Duration.ofHours(2))).isEqualTo(at("2024-03-01T08:30:00Z"));
  }

  @Test
  void holidaysAreSkipped() {
    WorkingHours withHolidays = new WorkingHours(new WorkingHoursProperties(LocalTime.of(7, 0), LocalTime.of(15, 0),
        ZoneId.of("UTC"), WEEKDAYS, List.of(LocalDate.parse("2025-01-01"))));

    assertThat(withHolidays.plus(at("2024-12-31T14:00:00Z"), Duration.ofHours(4))).isEqualTo(at("2025-01-02T10:00:00Z"));
    assertThat(withHolidays.isWorkingDay(LocalDate.parse("2025-01-01"))).isFalse();
  }

  @Test
  void anotherZoneAndHoursAreHonoured() {
    WorkingHours berlin = new WorkingHours(new WorkingHoursProperties(LocalTime.of(9, 0), LocalTime.of(17, 0),
        ZoneId.of("Europe/Berlin"), WEEKDAYS, List.of()));

    // Friday 16:00 Berlin (15:00Z in winter) + 2 h → Monday 10:00 Berlin (09:00Z)
    assertThat(berlin.plus(at("2025-03-07T15:00:00Z"), Duration.ofHours(2))).isEqualTo(at("2025-03-10T09:00:00Z"));
  }

  @Test
  void workingTimeBetweenTwoInstantsSkipsNightsAndWeekends() {
    assertThat(hours.between(at("2025-03-07T14:00:00Z"), at("2025-03-10T14:00:00Z"))).isEqualTo(Duration.ofHours(8));
    assertThat(hours.between(at("2025-03-08T00:00:00Z"), at("2025-03-09T23:00:00Z"))).isZero();
    assertThat(hours.between(at("2025-03-10T14:00:00Z"), at("2025-03-07T14:00:00Z"))).isZero();
    assertThat(hours.between(at("2025-01-31T12:00:00Z"), at("2025-02-03T12:00:00Z"))).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void knowsWhetherAMomentIsWorkingTime() {
    assertThat(hours.isWorkingTime(at("2025-03-04T07:00:00Z"))).isTrue();
    assertThat(hours.isWorkingTime(at("2025-03-04T15:00:00Z"))).isFalse();
    assertThat(hours.isWorkingTime(at("2025-03-08T10:00:00Z"))).isFalse();
  }

  @Test
  void refusesAnEmptyDayAndNegativeTime() {
    assertThatThrownBy(() -> new WorkingHours(new WorkingHoursProperties(LocalTime.of(15, 0), LocalTime.of(7, 0),
        ZoneId.of("UTC"), WEEKDAYS, List.of()))).hasMessageContaining("start must be before");
    assertThatThrownBy(() -> hours.plus(at("2025-03-04T09:00:00Z"), Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Instant at(String iso) {
    return Instant.parse(iso);
  }
}
