package org.toolflow.omb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OmbCalendarTest {

  private final OmbCalendar calendar = new OmbCalendar(new OmbProperties("0 0 14 * * TUE#1", Duration.ofDays(7)));

  @Test
  void meetsOnTheFirstTuesdayOfEachMonth() {
    // 2025-03-04 is the first Tuesday of March; after its meeting comes 2025-04-01.
    assertThat(local(calendar.nextMeetingAfter(at("2025-02-20T00:00")))).isEqualTo("2025-03-04T14:00");
    assertThat(local(calendar.nextMeetingAfter(at("2025-03-04T14:00")))).isEqualTo("2025-04-01T14:00");
    assertThat(local(calendar.nextMeetingAfter(at("2025-12-10T09:00")))).isEqualTo("2026-01-06T14:00");
  }

  @Test
  void theAgendaIsDueOneWeekBefore() {
    Instant meeting = calendar.nextMeetingAfter(at("2025-02-20T00:00"));
    assertThat(local(calendar.agendaDue(meeting))).isEqualTo("2025-02-25T14:00");
  }

  @Test
  void findsTheLastMeetingBeforeADate() {
    assertThat(local(calendar.lastMeetingBefore(at("2025-03-20T00:00")))).isEqualTo("2025-03-04T14:00");
  }

  @Test
  void refusesACalendarThatIsNoCron() {
    assertThatThrownBy(() -> new OmbCalendar(new OmbProperties("first Tuesday", Duration.ofDays(7))))
        .hasMessageContaining("toolflow.omb.meeting-cron");
  }

  // The engine reads the calendar in the server's zone; so do these dates.
  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(ZoneId.systemDefault()).toInstant();
  }

  private static String local(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneId.systemDefault()).toString();
  }
}
