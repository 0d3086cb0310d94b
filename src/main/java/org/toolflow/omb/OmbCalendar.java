package org.toolflow.omb;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.CronTimer;
import org.springframework.stereotype.Component;

/**
 * The OMB meeting calendar ({@code toolflow.omb.meeting-cron}), read with the engine's own cron rules so that the
 * omb-meeting timer and every date computed here agree. The release process asks it which meeting precedes a date.
 */
@Component("ombCalendar")
public class OmbCalendar {

  private final String meetingCron;
  private final Duration agendaLead;
  private final CronTimer cron;

  OmbCalendar(OmbProperties properties) {
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

  /** The first meeting strictly after {@code moment}. */
  public Instant nextMeetingAfter(Instant moment) {
    return cron.getDueDate(Date.from(moment)).toInstant();
  }

  /** The last meeting at or before {@code moment}, looked for up to a year back; null when there is none. */
  public Instant lastMeetingBefore(Instant moment) {
    Instant meeting = nextMeetingAfter(moment.minus(Duration.ofDays(366)));
    Instant last = null;
    while (!meeting.isAfter(moment)) {
      last = meeting;
      meeting = nextMeetingAfter(meeting);
    }
    return last;
  }

  /** When the agenda of the meeting at {@code meeting} goes to the OMB. */
  public Instant agendaDue(Instant meeting) {
    return meeting.minus(agendaLead);
  }
}
