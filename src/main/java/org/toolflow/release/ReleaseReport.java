package org.toolflow.release;

import java.time.Instant;

/** One report on a release: a test, an acceptance, a review, a deployment, a rollback, or a failure. */
public record ReleaseReport(int iteration, String stage, String outcome, String link, String summary,
    String reportedBy, Instant reportedAt) {
}
