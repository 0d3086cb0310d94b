package org.toolflow.omb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The default calendar: the first Tuesday of every month at 14:00 in the server's time zone. */
class OmbCalendarTest {

  private final OmbCalendar calendar = calendar(OmbProperties.DEFAULT_MEETING_CRON);

  @Test
  void meetsOnTheFirstTuesdayOfEachMonth() {
    // 2025-03-04 is the first Tuesday of March; after its meeting comes 2025-04-01.
    assertThat(local(calendar.nextMeetingAfter(at("2025-02-20T00:00")))).isEqualTo("2025-03-04T14:00");
    assertThat(local(calendar.nextMeetingAfter(at("2025-03-04T14:00")))).isEqualTo("2025-04-01T14:00");
    assertThat(local(calendar.nextMeetingAfter(at("2025-12-10T09:00")))).isEqualTo("2026-01-06T14:00");
    assertThat(calendar.dateOf(calendar.nextMeetingAfter(at("2026-03-02T09:00")))).isEqualTo("2026-03-03");
  }

  @Test
  void theAgendaIsDueOneWeekBefore() {
    Instant meeting = calendar.nextMeetingAfter(at("2025-02-20T00:00"));
    assertThat(local(calendar.agendaDue(meeting))).isEqualTo("2025-02-25T14:00");
  }

  @Test
  void theLastMeetingOnOrBeforeADayCountsAMeetingOnThatDay() {
    assertThat(calendar.lastMeetingOnOrBefore(LocalDate.parse("2025-03-20")).map(this::local))
        .contains("2025-03-04T14:00");
    assertThat(calendar.lastMeetingOnOrBefore(LocalDate.parse("2026-03-13")).map(calendar::dateOf))
        .contains(LocalDate.parse("2026-03-03"));
    assertThat(calendar.lastMeetingOnOrBefore(LocalDate.parse("2026-03-03")).map(calendar::dateOf))
        .contains(LocalDate.parse("2026-03-03"));
    assertThat(calendar.lastMeetingOnOrBefore(LocalDate.parse("2026-03-02")).map(calendar::dateOf))
        .contains(LocalDate.parse("2026-02-03"));
  }

  @Test
  void theFirstMeetingAfterADayIsOnALaterDay() {
    assertThat(calendar.dateOf(calendar.firstMeetingAfterDay(LocalDate.parse("2026-03-02")))).isEqualTo("2026-03-03");
    assertThat(calendar.dateOf(calendar.firstMeetingAfterDay(LocalDate.parse("2026-03-03")))).isEqualTo("2026-04-07");
  }

  @Test
  void anotherCalendarComesFromConfiguration() {
    OmbCalendar thursdays = calendar("0 30 10 * * THU#2");

    assertThat(thursdays.dateOf(thursdays.firstMeetingAfterDay(LocalDate.parse("2026-03-01")))).isEqualTo("2026-03-12");
    assertThat(thursdays.meetingCron()).isEqualTo("0 30 10 * * THU#2");
  }

  @Test
  void aBrokenCalendarIsRefusedAtStartUpNamingTheProperty() {
    assertThatThrownBy(() -> calendar("every first Tuesday"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("toolflow.omb.meeting-cron");
  }

  private static OmbCalendar calendar(String meetingCron) {
    return new OmbCalendar(new OmbProperties(meetingCron, Duration.ofDays(7)));
  }

  // The engine reads the calendar in the server's zone; so do these dates.
  private Instant at(String local) {
    return LocalDateTime.parse(local).atZone(calendar.zone()).toInstant();
  }

  private String local(Instant instant) {
    return LocalDateTime.ofInstant(instant, calendar.zone()).toString();
  }
}
