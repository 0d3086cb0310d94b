package org.toolflow.omb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeAgenda;
import org.toolflow.change.ChangeRecord;
import org.toolflow.integration.mail.Texts;
import org.toolflow.incident.maintenance.MaintenanceWindows;
import org.toolflow.omb.OmbAgenda.AgendaChange;
import org.toolflow.omb.OmbAgenda.AgendaWindow;
import org.toolflow.omb.PlannedReleases.AgendaRelease;

/** Collects what one OMB meeting must see, and renders it as the text of the agenda mail. */
@Component
class OmbAgendaAssembler {

  private final PlannedReleases releases;
  private final ChangeAgenda changes;
  private final MaintenanceWindows windows;
  private final OmbCalendar calendar;

  OmbAgendaAssembler(PlannedReleases releases, ChangeAgenda changes, MaintenanceWindows windows, OmbCalendar calendar) {
    this.releases = releases;
    this.changes = changes;
    this.windows = windows;
    this.calendar = calendar;
  }

  OmbAgenda assemble(Instant meetingAt, Instant now, String status) {
    Instant following = calendar.nextMeetingAfter(meetingAt);
    LocalDate meetingDay = calendar.dateOf(meetingAt);
    List<AgendaRelease> planned = releases.presentedAt(meetingDay);
    List<AgendaWindow> coming = windows.comingBefore(now, following).stream()
        .map(w -> new AgendaWindow(w.key(), w.toolKey(), w.classification(), w.severity(), w.startsAt(), w.endsAt(),
            w.description()))
        .toList();
    return new OmbAgenda(meetingAt, following, now, status, planned, releases.emergencyAwaitingPostReview(meetingDay),
        agendaChanges(changes.awaitingPostReview()), agendaChanges(changes.awaitingOmbApproval()), coming,
        broadcastDraft(meetingAt, planned, coming));
  }

  String text(OmbAgenda agenda) {
    return "OMB meeting of " + Texts.when(agenda.meetingAt()) + "\n\n"
        + "1. Releases planned for this meeting\n"
        + releaseLines(agenda.plannedReleases())
        + "\n2. Emergency releases awaiting post-review\n" + releaseLines(agenda.emergencyReleasesAwaitingPostReview())
        + "\n3. Emergency changes awaiting post-review\n" + changeLines(agenda.emergencyChangesAwaitingPostReview())
        + "\n4. Normal changes awaiting OMB approval\n" + changeLines(agenda.normalChangesAwaitingApproval())
        + "\n5. Monthly operations broadcast (draft)\n" + agenda.broadcastDraft() + "\n";
  }

  private static List<AgendaChange> agendaChanges(List<ChangeRecord> records) {
    return records.stream().map(c -> new AgendaChange(c.key(), c.toolKey(), c.title(), c.changeClass(),
        c.status() == null ? null : c.status().label(), c.requester())).toList();
  }

  private static String broadcastDraft(Instant meetingAt, List<AgendaRelease> planned, List<AgendaWindow> coming) {
    StringBuilder draft = new StringBuilder("Operations broadcast for the month after the OMB meeting of ")
        .append(Texts.when(meetingAt)).append("\n");
    draft.append("\nReleases:\n");
    if (planned.isEmpty()) {
      draft.append("  - none planned\n");
    }
    planned.forEach(r -> draft.append("  - ").append(r.broadcastText() == null || r.broadcastText().isBlank()
        ? r.toolKey() + " " + r.version() + " (" + r.plannedDate() + ")" : r.broadcastText()).append("\n"));
    draft.append("\nPlanned maintenance and interruptions:\n");
    if (coming.isEmpty()) {
      draft.append("  - none announced\n");
    }
    coming.forEach(w -> draft.append("  - ").append(w.toolKey()).append(": ").append(w.classification().toLowerCase())
        .append(" ").append(w.severity()).append(" from ").append(Texts.when(w.startsAt())).append(" to ")
        .append(Texts.when(w.endsAt())).append(" - ").append(w.description()).append("\n"));
    return draft.toString();
  }

  private static String releaseLines(List<AgendaRelease> releases) {
    return releases.isEmpty() ? "   none\n" : releases.stream()
        .map(r -> "   - " + r.toolKey() + " " + r.version() + " (" + r.kind() + ", " + r.plannedDate() + ")"
            + (r.ombItem() == null || r.ombItem().isBlank() ? "" : ": " + r.ombItem()))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static String changeLines(List<AgendaChange> changes) {
    return changes.isEmpty() ? "   none\n" : changes.stream()
        .map(c -> "   - " + c.key() + " " + c.toolKey() + ": " + c.title() + " (" + c.status() + ", requested by "
            + c.requester() + ")")
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
