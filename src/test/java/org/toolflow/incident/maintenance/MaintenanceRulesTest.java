package org.toolflow.incident.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.toolflow.incident.WorkingHours;
import org.toolflow.incident.WorkingHoursProperties;
import org.toolflow.system.forms.FormChecks;

class MaintenanceRulesTest {

  // Tuesday 2025-03-04 10:00 UTC
  private static final Instant NOW = Instant.parse("2025-03-04T10:00:00Z");

  private final MaintenanceRules rules = new MaintenanceRules(
      new MaintenanceProperties(Duration.ofHours(24), 5, Duration.ofHours(48), Duration.ofMinutes(30), 48, List.of()),
      new WorkingHours(new WorkingHoursProperties(LocalTime.of(7, 0), LocalTime.of(15, 0), ZoneId.of("UTC"),
          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of())));

  @Test
  void declaredAtLeast24HoursAheadIsScheduled() {
    MaintenanceRules.Window window = rules.classify(NOW.plus(Duration.ofHours(24)), NOW.plus(Duration.ofHours(28)), NOW);

    assertThat(window.classification()).isEqualTo("SCHEDULED");
    assertThat(window.belowRecommendedNotice()).isTrue();
    assertThat(window.declarationDue()).isEqualTo(NOW);
  }

  @Test
  void fiveWorkingDaysAheadMeetsTheRecommendation() {
    // Tuesday 10:00 + 5 working days = next Tuesday 10:00
    MaintenanceRules.Window window = rules.classify(Instant.parse("2025-03-11T10:00:00Z"),
        Instant.parse("2025-03-11T12:00:00Z"), NOW);

    assertThat(window.classification()).isEqualTo("SCHEDULED");
    assertThat(window.belowRecommendedNotice()).isFalse();
    assertThat(window.declarationDue()).isEqualTo(Instant.parse("2025-03-10T10:00:00Z"));
  }

  @Test
  void lessThan24HoursAheadIsUnscheduled() {
    MaintenanceRules.Window window = rules.classify(NOW.plus(Duration.ofHours(23)), NOW.plus(Duration.ofHours(25)), NOW);

    assertThat(window.classification()).isEqualTo("UNSCHEDULED");
    assertThat(window.belowRecommendedNotice()).isFalse();
  }

  @Test
  void anInterruptionMayBeDeclaredUpTo48HoursAfterItStarted() {
    FormChecks inTime = FormChecks.of(Map.of());
    Optional<MaintenanceRules.Window> window = rules.check(inTime, "OUTAGE", "2025-03-02T11:00:00Z",
        "2025-03-04T12:00:00Z", NOW);
    assertThat(window).map(MaintenanceRules.Window::classification).contains("UNSCHEDULED");

    FormChecks late = FormChecks.of(Map.of("severity", "OUTAGE", "startsAt", "x", "endsAt", "x"));
    assertThat(rules.check(late, "OUTAGE", "2025-03-02T09:59:00Z", "2025-03-04T12:00:00Z", NOW)).isEmpty();
    assertThat(late.problems()).anySatisfy(p -> {
      assertThat(p.field()).isEqualTo("startsAt");
      assertThat(p.message()).contains("at most 48 hours after it started");
    });
  }

  @Test
  void refusesAnEndBeforeTheStartAndUnreadableDates() {
    FormChecks checks = FormChecks.of(Map.of("severity", "WARNING", "startsAt", "x", "endsAt", "x"));
    assertThat(rules.check(checks, "WARNING", "2025-03-05T12:00:00Z", "2025-03-05T11:00:00Z", NOW)).isEmpty();
    assertThat(checks.problems()).extracting(p -> p.field() + ": " + p.message()).contains("endsAt: must be after the start");

    FormChecks unreadable = FormChecks.of(Map.of("severity", "WARNING", "startsAt", "tomorrow", "endsAt", "x"));
    assertThat(rules.check(unreadable, "WARNING", "tomorrow", "2025-03-05T11:00:00", NOW)).isEmpty();
    assertThat(unreadable.problems()).extracting(p -> p.field()).contains("startsAt");
  }

  @Test
  void readsFormDatesWithAndWithoutZone() {
    assertThat(MaintenanceRules.instant("2025-03-04T10:00:00Z")).contains(NOW);
    assertThat(MaintenanceRules.instant("2025-03-04T11:00:00+01:00")).contains(NOW);
    assertThat(MaintenanceRules.instant("2025-03-04T10:00")).contains(NOW);
    assertThat(MaintenanceRules.instant("")).isEmpty();
  }
}
