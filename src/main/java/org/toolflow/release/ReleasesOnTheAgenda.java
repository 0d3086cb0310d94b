package org.toolflow.release;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;
import org.toolflow.omb.PlannedReleases;

/** The releases the OMB must hear of, read from the release records: release answers the port the OMB agenda defines. */
@Component
class ReleasesOnTheAgenda implements PlannedReleases {

  private final ReleaseAgenda releases;
  private final Clock clock;

  ReleasesOnTheAgenda(ReleaseAgenda releases, Clock clock) {
    this.releases = releases;
    this.clock = clock;
  }

  @Override
  public List<AgendaRelease> plannedBefore(Instant until) {
    // The engine clock, so that the agenda and the timers agree on what "today" is.
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate lastDay = LocalDate.ofInstant(until, ZoneOffset.UTC).minusDays(1);
    return releases.plannedBetween(today, lastDay).stream().map(ReleasesOnTheAgenda::onAgenda).toList();
  }

  @Override
  public List<AgendaRelease> emergencyAwaitingPostReview() {
    return releases.emergencyAwaitingPostReview().stream().map(ReleasesOnTheAgenda::onAgenda).toList();
  }

  private static AgendaRelease onAgenda(ReleaseAgenda.AgendaRelease release) {
    return new AgendaRelease(release.toolKey(), release.version(), release.kind(), String.valueOf(release.plannedDate()),
        release.ombItem(), release.broadcastText());
  }
}
