package org.toolflow.omb;

import java.time.LocalDate;
import java.util.List;

/** Releases the OMB must see, answered from the release records. */
public interface PlannedReleases {

  /**
   * Planned (not emergency) releases not yet deployed that release planning assigned to the meeting held on
   * {@code meetingDay}: the agenda says what the release record says, whatever the planned date.
   */
  List<AgendaRelease> presentedAt(LocalDate meetingDay);

  /**
   * Emergency releases already deployed that the OMB has not reviewed yet and whose first meeting after them is
   * the one held on {@code meetingDay} or an earlier one.
   */
  List<AgendaRelease> emergencyAwaitingPostReview(LocalDate meetingDay);

  /** One release on the agenda: its slide text and its lines for the monthly broadcast. */
  record AgendaRelease(String toolKey, String version, String kind, String plannedDate, String ombItem,
      String broadcastText) {
  }
}
