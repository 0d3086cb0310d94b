package org.toolflow.release;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.calendar.CronTimer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The monthly OMB meetings ({@code toolflow.omb.meeting-cron}, six fields, in the server's time zone), read with the
 * engine's own cron rules so that an engine timer on the same expression agrees with every date computed here.
 */
@Component
class OmbMeetings {

  static final String DEFAULT_CRON = "0 0 14 * * TUE#1";
  // Far enough back to find the meeting before any date a monthly calendar can be asked about.
  private static final int LOOK_BACK_DAYS = 400;

  private final String expression;
  private final CronTimer cron;
  private final ZoneId zone = ZoneId.systemDefault();

  OmbMeetings(@Value("${toolflow.omb.meeting-cron:" + DEFAULT_CRON + "}") String expression) {
    this.expression = expression;
    try {
      this.cron = CronTimer.parse(expression);
    } catch (ParseException e) {
      throw new IllegalArgumentException("toolflow.omb.meeting-cron '" + expression + "' is not a cron expression of "
          + "six fields (second minute hour day month weekday): " + e.getMessage(), e);
    }
  }

  String expression() {
    return expression;
  }

  ZoneId zone() {
    return zone;
  }

  LocalDate dateOf(Instant meeting) {
    return meeting.atZone(zone).toLocalDate();
  }

  /** The first meeting strictly after the moment. */
  Instant nextAfter(Instant moment) {
    return cron.getDueDate(Date.from(moment)).toInstant();
  }

  /** The last meeting held on the day or before it; empty when the calendar has none in the year before. */
  Optional<Instant> lastOnOrBefore(LocalDate day) {
    Instant endOfDay = day.plusDays(1).atStartOfDay(zone).toInstant();
    Instant meeting = nextAfter(day.minusDays(LOOK_BACK_DAYS).atStartOfDay(zone).toInstant());
    Instant last = null;
    while (meeting.isBefore(endOfDay)) {
      last = meeting;
      meeting = nextAfter(meeting);
    }
    return Optional.ofNullable(last);
  }

  /** The first meeting on a later day than the given one. */
  Instant firstAfterDay(LocalDate day) {
    return nextAfter(day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1));
  }
}
