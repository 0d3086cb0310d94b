package org.toolflow.release;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.toolflow.omb.OmbCalendar;
import org.springframework.stereotype.Component;

/**
 * The OMB rules of a release plan. A planned release is presented at the last monthly meeting held at least
 * {@code ombNoticeDays} before its date, and that meeting must come after the OMB was told of the date (a meeting
 * already held when the plan was made cannot hear of it). An emergency release needs no notice and is presented
 * at the first meeting after the day of the release.
 */
@Component
class ReleasePlanner {

  private final OmbCalendar calendar;

  ReleasePlanner(OmbCalendar calendar) {
    this.calendar = calendar;
  }

  /** The zone a release's days are counted in: the OMB calendar's, since each date is weighed against its meetings. */
  ZoneId zone() {
    return calendar.zone();
  }

  /**
   * @param informedAt when the OMB was told of this planned date; {@code now} for a new or changed date
   */
  PlanCheck check(String kind, PlanRules rules, LocalDate plannedDate, Instant now, Instant informedAt) {
    LocalDate today = now.atZone(calendar.zone()).toLocalDate();
    LocalDate earliest;
    Instant earliestMeeting;
    if (rules.presentedBeforeRelease()) {
      earliestMeeting = calendar.nextMeetingAfter(now);
      earliest = calendar.dateOf(earliestMeeting).plusDays(rules.ombNoticeDays());
    } else {
      earliest = today.plusDays(rules.ombNoticeDays());
      earliestMeeting = calendar.firstMeetingAfterDay(earliest);
    }
    String earliestText = "The earliest valid date is " + earliest + " (OMB meeting of " + day(earliestMeeting) + ").";
    if (plannedDate.isBefore(today)) {
      return refused(earliest, earliestMeeting, "The planned date " + plannedDate + " has passed. " + earliestText);
    }
    if (!rules.presentedBeforeRelease()) {
      LocalDate noticeFrom = informedAt.atZone(calendar.zone()).toLocalDate().plusDays(rules.ombNoticeDays());
      if (plannedDate.isBefore(noticeFrom)) {
        return refused(earliest, earliestMeeting, "A " + kind + " release needs " + rules.ombNoticeDays()
            + " days' notice to the OMB. " + earliestText);
      }
      Instant meeting = calendar.firstMeetingAfterDay(plannedDate);
      return new PlanCheck(true, meeting, earliest, earliestMeeting, "A " + kind + " release planned for "
          + plannedDate + ": presented at the first OMB meeting after it, on " + day(meeting) + ".");
    }
    LocalDate lastMeetingDay = plannedDate.minusDays(rules.ombNoticeDays());
    Optional<Instant> meeting = calendar.lastMeetingOnOrBefore(lastMeetingDay);
    if (meeting.isEmpty() || !meeting.get().isAfter(informedAt)) {
      String which = meeting.map(m -> "the last OMB meeting by " + lastMeetingDay + " is on " + day(m)
          + ", before the OMB hears of the plan").orElse("no OMB meeting is held by " + lastMeetingDay);
      return refused(earliest, earliestMeeting, "A " + kind + " release is presented at the monthly OMB meeting at "
          + "least " + rules.ombNoticeDays() + " days before it; for " + plannedDate + " " + which + ". "
          + earliestText);
    }
    return new PlanCheck(true, meeting.get(), earliest, earliestMeeting, "A " + kind + " release planned for "
        + plannedDate + ": presented at the OMB meeting of " + day(meeting.get()) + ".");
  }

  private String day(Instant meeting) {
    return calendar.dateOf(meeting).toString();
  }

  private static PlanCheck refused(LocalDate earliest, Instant earliestMeeting, String message) {
    return new PlanCheck(false, null, earliest, earliestMeeting, message);
  }
}
