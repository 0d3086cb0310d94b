package org.toolflow.integration.rt;

/** The change statuses of the EGI instructions, with the RT status each is written as. */
public enum RtStatus {
  NEW("new"),
  ACCEPTED("accepted"),
  REJECTED("rejected"),
  IN_PROGRESS("open"),
  RESOLVED("resolved"),
  STALLED("stalled");

  private final String rtValue;

  RtStatus(String rtValue) {
    this.rtValue = rtValue;
  }

  public String rtValue() {
    return rtValue;
  }
}
