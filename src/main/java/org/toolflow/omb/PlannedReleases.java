package org.toolflow.omb;

import java.time.Instant;
import java.util.List;

/** Releases the OMB must see, answered from the release records. */
public interface PlannedReleases {

  /** Planned (not emergency) releases whose planned date falls before {@code until}. */
  List<AgendaRelease> plannedBefore(Instant until);

  /** Emergency releases already deployed that the OMB has not reviewed yet. */
  List<AgendaRelease> emergencyAwaitingPostReview();

  /** One release on the agenda: its slide text and its lines for the monthly broadcast. */
  record AgendaRelease(String toolKey, String version, String kind, String plannedDate, String ombItem,
      String broadcastText) {
  }
}
