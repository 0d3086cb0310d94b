package org.toolflow.change;

import java.time.Instant;
import java.time.LocalDate;

/** One change request as ToolFlow keeps it, next to the process that drives it. */
public record ChangeRecord(String key, String processInstanceId, String toolKey, String title, String description,
    String customer, String requester, String requestedType, boolean securityVulnerability, String standardChange,
    String changeClass, Integer priority, ChangeStatus status, ChangeStatus statusBeforeHold, String rtTicketId,
    LocalDate intendedDeploymentDate, String decisionReason, String releaseReference, Instant createdAt,
    Instant updatedAt) {

  public boolean onHold() {
    return status == ChangeStatus.STALLED;
  }
}
