package org.toolflow.release;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the OMB agenda needs of releases: the planned releases it must hear of before they go to production, and the
 * emergency releases it reviews after the fact, each with the slide and broadcast text the team wrote.
 */
@Component
public class ReleaseAgenda {

  private final ReleaseRecords records;

  ReleaseAgenda(ReleaseRecords records) {
    this.records = records;
  }

  /** Major and minor releases not yet in production whose planned date falls from {@code from} to {@code to}. */
  public List<AgendaRelease> plannedBetween(LocalDate from, LocalDate to) {
    return records.upcomingPlannedBetween(from, to).stream().map(AgendaRelease::of).toList();
  }

  /** Emergency releases in production that the OMB has not post-reviewed yet. */
  public List<AgendaRelease> emergencyAwaitingPostReview() {
    return records.emergencyAwaitingPostReview().stream().map(AgendaRelease::of).toList();
  }

  /** Planned releases not yet in production whose OMB meeting, as planning chose it, is in [{@code from}, {@code to}). */
  public List<AgendaRelease> assignedToMeetingBetween(Instant from, Instant to) {
    return records.upcomingForMeetingBetween(from, to).stream().map(AgendaRelease::of).toList();
  }

  /** Emergency releases awaiting post-review whose first meeting after them comes before {@code until}. */
  public List<AgendaRelease> emergencyAwaitingPostReviewBefore(Instant until) {
    return records.emergencyAwaitingPostReview().stream()
        .filter(r -> r.ombMeetingAt() == null || r.ombMeetingAt().isBefore(until)).map(AgendaRelease::of).toList();
  }

  /** One release as the agenda shows it. */
  public record AgendaRelease(String releaseKey, String toolKey, String version, String kind, LocalDate plannedDate,
      Instant ombMeetingAt, String status, String ombItem, String broadcastText) {

    static AgendaRelease of(ReleaseRecord release) {
      return new AgendaRelease(release.key(), release.toolKey(), release.version(), release.kind(),
          release.plannedDate(), release.ombMeetingAt(), release.status().name(), release.ombItem(),
          release.broadcastText());
    }
  }
}
