package org.toolflow.omb;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.calendar.CronTimer;
import org.springframework.stereotype.Component;

/**
 * The OMB meeting calendar ({@code toolflow.omb.meeting-cron}, six fields, in {@code toolflow.time-zone}), read with the
 * engine's own cron rules so that the omb-meeting timer and every date computed here agree. The OMB meeting cycle
 * asks it for the next meeting and its agenda date; release planning asks which meeting a release date belongs to.
 */
@Component("ombCalendar")
public class OmbCalendar {

  // Far enough back to find the meeting before any date a monthly calendar can be asked about.
  private static final int LOOK_BACK_DAYS = 400;

  private final String meetingCron;
  private final Duration agendaLead;
  private final CronTimer cron;
  // The engine reads the cron in the JVM's zone, which ServerTimeZone sets to toolflow.time-zone; days count in it too.
  private final ZoneId zone = ZoneId.systemDefault();

  public OmbCalendar(OmbProperties properties) {
    this.meetingCron = properties.meetingCron();
    this.agendaLead = properties.agendaLead();
    try {
      this.cron = CronTimer.parse(meetingCron);
    } catch (ParseException e) {
      throw new IllegalArgumentException("toolflow.omb.meeting-cron '" + meetingCron + "' is not a cron expression of "
          + "six fields (second minute hour day month weekday): " + e.getMessage(), e);
    }
  }

  /** The calendar as the omb-meeting timer start event reads it. */
  public String meetingCron() {
    return meetingCron;
  }

  /** The zone the calendar's days are counted in. */
  public ZoneId zone() {
    return zone;
  }

  /** The day a meeting is held on. */
  public LocalDate dateOf(Instant meeting) {
    return meeting.atZone(zone).toLocalDate();
  }

  /** The first meeting strictly after {@code moment}. */
  public Instant nextMeetingAfter(Instant moment) {
    return cron.getDueDate(Date.from(moment)).toInstant();
  }

  /** The first meeting on a later day than {@code day}. */
  public Instant firstMeetingAfterDay(LocalDate day) {
    return nextMeetingAfter(day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1));
  }

  /** The last meeting held on {@code day} or before it; empty when the calendar has none in the year before. */
  public Optional<Instant> lastMeetingOnOrBefore(LocalDate day) {
    Instant endOfDay = day.plusDays(1).atStartOfDay(zone).toInstant();
    Instant meeting = nextMeetingAfter(day.minusDays(LOOK_BACK_DAYS).atStartOfDay(zone).toInstant());
    Instant last = null;
    while (meeting.isBefore(endOfDay)) {
      last = meeting;
      meeting = nextMeetingAfter(meeting);
    }
    return Optional.ofNullable(last);
  }

  /** When the agenda of the meeting at {@code meeting} goes to the OMB. */
  public Instant agendaDue(Instant meeting) {
    return meeting.minus(agendaLead);
  }
}
