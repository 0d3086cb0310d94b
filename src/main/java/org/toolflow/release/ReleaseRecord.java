package org.toolflow.release;

import java.time.Instant;
import java.time.LocalDate;

/** One release as ToolFlow keeps it, next to the process that drives it. */
public record ReleaseRecord(String key, String processInstanceId, String toolKey, String version, String kind,
    LocalDate plannedDate, Instant ombMeetingAt, Instant ombInformedAt, LocalDate ombInformedDate,
    boolean umdDistribution, boolean highImpact, boolean highRisk, String requester, ReleaseStatus status,
    int iteration, String releaseTag, String tagUrl, String distributionChannel, String distributionUrl,
    String packageFormats, ReleaseNotes notes, String ombItem, String broadcastText, String rollbackSteps,
    String reviewOutcome, String reviewAnalysis, String ombPostReview, String ombPostReviewComment,
    Instant createdAt, Instant updatedAt) {

  public boolean emergency() {
    return ReleaseProcess.Values.EMERGENCY.equals(kind);
  }

  /** How the release is named in mails, RT and the changes it resolves. */
  public String reference() {
    return toolKey + " " + version + " (" + key + ")";
  }
}
