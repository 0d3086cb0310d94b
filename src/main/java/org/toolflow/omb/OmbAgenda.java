package org.toolflow.omb;

import java.time.Instant;
import java.util.List;
import org.toolflow.omb.PlannedReleases.AgendaRelease;

/** The agenda of one OMB meeting, as mailed to the OMB and served at GET /api/omb/agenda. */
public record OmbAgenda(Instant meetingAt, Instant followingMeetingAt, Instant assembledAt, String status,
    List<AgendaRelease> plannedReleases, List<AgendaRelease> emergencyReleasesAwaitingPostReview,
    List<AgendaChange> emergencyChangesAwaitingPostReview, List<AgendaChange> normalChangesAwaitingApproval,
    List<AgendaWindow> maintenanceWindows, String broadcastDraft) {

  /** Sent to the OMB. */
  public static final String SENT = "sent";
  /** Not yet assembled by the process: what the agenda would hold now. */
  public static final String PREVIEW = "preview";

  /** A change on the agenda. */
  public record AgendaChange(String key, String toolKey, String title, String changeClass, String status,
      String requester) {
  }

  /** A maintenance window before the following meeting, for the broadcast. */
  public record AgendaWindow(String key, String toolKey, String classification, String severity, Instant startsAt,
      Instant endsAt, String description) {
  }

  OmbAgenda withStatus(String newStatus) {
    return new OmbAgenda(meetingAt, followingMeetingAt, assembledAt, newStatus, plannedReleases,
        emergencyReleasesAwaitingPostReview, emergencyChangesAwaitingPostReview, normalChangesAwaitingApproval,
        maintenanceWindows, broadcastDraft);
  }
}
