package org.toolflow.change;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A change as the API shows it. */
record ChangeView(String key, String toolKey, String title, String description, String customer, String requester,
    String requestedType, boolean securityVulnerability, String standardChange, String changeClass, Integer priority,
    String priorityLabel, String status, String statusLabel, boolean onHold, String statusBeforeHold,
    String rtTicketId, LocalDate intendedDeploymentDate, String decisionReason, String releaseReference,
    Instant createdAt, Instant updatedAt, List<ChangeStatusChange> history) {

  static ChangeView of(ChangeRecord change, List<ChangeStatusChange> history) {
    return new ChangeView(change.key(), change.toolKey(), change.title(), change.description(), change.customer(),
        change.requester(), change.requestedType(), change.securityVulnerability(), change.standardChange(),
        change.changeClass(), change.priority(), ChangeTexts.priorityLabel(change.priority()), change.status().name(),
        change.status().label(), change.onHold(),
        change.statusBeforeHold() == null ? null : change.statusBeforeHold().name(), change.rtTicketId(),
        change.intendedDeploymentDate(), change.decisionReason(), change.releaseReference(), change.createdAt(),
        change.updatedAt(), history);
  }

  static ChangeView of(ChangeRecord change) {
    return of(change, null);
  }
}
