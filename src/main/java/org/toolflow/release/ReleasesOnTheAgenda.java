package org.toolflow.release;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.toolflow.omb.OmbCalendar;
import org.toolflow.omb.PlannedReleases;

/** The releases the OMB must hear of, read from the release records: release answers the port the OMB agenda defines. */
@Component
class ReleasesOnTheAgenda implements PlannedReleases {

  private final ReleaseAgenda releases;
  private final OmbCalendar calendar;

  ReleasesOnTheAgenda(ReleaseAgenda releases, OmbCalendar calendar) {
    this.releases = releases;
    this.calendar = calendar;
  }

  @Override
  public List<AgendaRelease> presentedAt(LocalDate meetingDay) {
    return releases.assignedToMeetingBetween(startOf(meetingDay), startOf(meetingDay.plusDays(1))).stream()
        .map(ReleasesOnTheAgenda::onAgenda).toList();
  }

  @Override
  public List<AgendaRelease> emergencyAwaitingPostReview(LocalDate meetingDay) {
    return releases.emergencyAwaitingPostReviewBefore(startOf(meetingDay.plusDays(1))).stream()
        .map(ReleasesOnTheAgenda::onAgenda).toList();
  }

  // Meeting days are counted in the calendar's zone, as release planning counts them.
  private Instant startOf(LocalDate day) {
    return day.atStartOfDay(calendar.zone()).toInstant();
  }

  private static AgendaRelease onAgenda(ReleaseAgenda.AgendaRelease release) {
    return new AgendaRelease(release.toolKey(), release.version(), release.kind(), String.valueOf(release.plannedDate()),
        release.ombItem(), release.broadcastText());
  }
}
