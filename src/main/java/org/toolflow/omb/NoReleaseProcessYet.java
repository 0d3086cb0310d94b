package org.toolflow.omb;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Placeholder until the release process exists: it answers no releases, so the agenda says "none". The release
 * process replaces this bean with a query of its release records.
 */
@Component
class NoReleaseProcessYet implements PlannedReleases {

  @Override
  public List<AgendaRelease> plannedBefore(Instant until) {
    return List.of();
  }

  @Override
  public List<AgendaRelease> emergencyAwaitingPostReview() {
    return List.of();
  }
}
