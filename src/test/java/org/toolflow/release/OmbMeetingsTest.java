package org.toolflow.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The default calendar: the first Tuesday of every month at 14:00 in the server's time zone. */
class OmbMeetingsTest {

  private final OmbMeetings meetings = new OmbMeetings(OmbMeetings.DEFAULT_CRON);

  private LocalDate day(Instant meeting) {
    return meetings.dateOf(meeting);
  }

  @Test
  void theNextMeetingIsTheFirstTuesdayOfTheMonth() {
    Instant monday = LocalDate.parse("2026-03-02").atTime(9, 0).atZone(meetings.zone()).toInstant();

    assertThat(day(meetings.nextAfter(monday))).isEqualTo("2026-03-03");
    assertThat(day(meetings.nextAfter(meetings.nextAfter(monday)))).isEqualTo("2026-04-07");
  }

  @Test
  void theLastMeetingOnOrBeforeADayCountsAMeetingOnThatDay() {
    assertThat(meetings.lastOnOrBefore(LocalDate.parse("2026-03-13")).map(this::day)).contains(
        LocalDate.parse("2026-03-03"));
    assertThat(meetings.lastOnOrBefore(LocalDate.parse("2026-03-03")).map(this::day)).contains(
        LocalDate.parse("2026-03-03"));
    assertThat(meetings.lastOnOrBefore(LocalDate.parse("2026-03-02")).map(this::day)).contains(
        LocalDate.parse("2026-02-03"));
  }

  @Test
  void theFirstMeetingAfterADayIsOnALaterDay() {
    assertThat(day(meetings.firstAfterDay(LocalDate.parse("2026-03-02")))).isEqualTo("2026-03-03");
    assertThat(day(meetings.firstAfterDay(LocalDate.parse("2026-03-03")))).isEqualTo("2026-04-07");
  }

  @Test
  void anotherCalendarComesFromConfiguration() {
    OmbMeetings thursdays = new OmbMeetings("0 30 10 * * THU#2");

    assertThat(thursdays.dateOf(thursdays.firstAfterDay(LocalDate.parse("2026-03-01")))).isEqualTo("2026-03-12");
    assertThat(thursdays.expression()).isEqualTo("0 30 10 * * THU#2");
  }

  @Test
  void aBrokenCalendarIsRefusedAtStartUpNamingTheProperty() {
    assertThatThrownBy(() -> new OmbMeetings("every first Tuesday"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("toolflow.omb.meeting-cron");
  }
}
