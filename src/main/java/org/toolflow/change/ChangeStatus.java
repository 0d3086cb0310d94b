package org.toolflow.change;

import org.toolflow.integration.rt.RtStatus;

/** The minimum statuses of the EGI instructions; each is written to RT as its RT status. */
public enum ChangeStatus {
  NEW("New", RtStatus.NEW),
  ACCEPTED("Accepted", RtStatus.ACCEPTED),
  REJECTED("Rejected", RtStatus.REJECTED),
  IN_PROGRESS("In progress", RtStatus.IN_PROGRESS),
  RESOLVED("Resolved", RtStatus.RESOLVED),
  STALLED("Stalled", RtStatus.STALLED);

  private final String label;
  private final RtStatus rt;

  ChangeStatus(String label, RtStatus rt) {
    this.label = label;
    this.rt = rt;
  }

  public String label() {
    return label;
  }

  public RtStatus rt() {
    return rt;
  }

  /** Approved and not yet released: what the change schedule lists. */
  boolean isScheduled() {
    return this == ACCEPTED || this == IN_PROGRESS;
  }
}
