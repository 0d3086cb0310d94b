package org.toolflow.incident;

import java.time.Instant;

/** A known error (FitSM PR10): what fails, why, and how users get around it until the fix is released. */
public record KnownError(long id, String problemKey, String toolKey, String category, String description,
    String rootCause, String workaround, String status, String recordedBy, Instant recordedAt, Instant resolvedAt) {

  public static final String OPEN = "OPEN";
  public static final String RESOLVED = "RESOLVED";
  public static final String SUPERSEDED = "SUPERSEDED";
}
