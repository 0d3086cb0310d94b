package org.toolflow.omb;

import static org.toolflow.omb.OmbMeetingNames.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Finds the next meeting after now (on a meeting day: the following one) and when its agenda is due; a meeting
 * less than a week away gets its agenda at once. The meeting's date becomes the business key.
 */
@Component("scheduleOmbMeetingDelegate")
class ScheduleOmbMeetingDelegate implements JavaDelegate {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private final OmbCalendar calendar;
  private final Clock clock;

  ScheduleOmbMeetingDelegate(OmbCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = clock.instant();
    Instant meeting = calendar.nextMeetingAfter(now);
    Instant agendaDue = calendar.agendaDue(meeting);
    execution.setVariable(MEETING_AT, Date.from(meeting));
    execution.setVariable(AGENDA_AT, Date.from(agendaDue.isAfter(now) ? agendaDue : now));
    execution.setProcessBusinessKey("OMB-" + DAY.format(meeting));
  }
}
