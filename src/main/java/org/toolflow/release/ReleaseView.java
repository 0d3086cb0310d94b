package org.toolflow.release;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A release as ToolFlow's API shows it; the changes and reports only on the detail. */
record ReleaseView(String key, String toolKey, String version, String kind, LocalDate plannedDate,
    Instant ombMeetingAt, String status, int iteration, String requester, boolean umdDistribution,
    boolean highImpact, boolean highRisk, String releaseTag, String tagUrl, String distributionChannel,
    String distributionUrl, ReleaseNotes notes, String ombItem, String broadcastText, String rollbackSteps,
    String reviewOutcome, String reviewAnalysis, String ombPostReview, List<String> changes,
    List<ReleaseReport> reports) {

  static ReleaseView of(ReleaseRecord r, List<String> changes, List<ReleaseReport> reports) {
    return new ReleaseView(r.key(), r.toolKey(), r.version(), r.kind(), r.plannedDate(), r.ombMeetingAt(),
        r.status().name(), r.iteration(), r.requester(), r.umdDistribution(), r.highImpact(), r.highRisk(),
        r.releaseTag(), r.tagUrl(), r.distributionChannel(), r.distributionUrl(), r.notes(), r.ombItem(),
        r.broadcastText(), r.rollbackSteps(), r.reviewOutcome(), r.reviewAnalysis(), r.ombPostReview(), changes,
        reports);
  }

  static ReleaseView summary(ReleaseRecord r) {
    return of(r, null, null);
  }
}
