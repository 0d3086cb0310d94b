package org.toolflow.release;

/** Where a release stands; a release that failed a test or its deployment goes back to PLANNED. */
public enum ReleaseStatus {
  /** Planned, being developed, built or tested. */
  PLANNED,
  /** Tested and accepted: waiting for its date or being deployed. */
  READY,
  /** In production, being reviewed. */
  DEPLOYED,
  /** Reviewed as a success: its changes are resolved. */
  SUCCEEDED,
  /** Reviewed as a failure. */
  FAILED
}
