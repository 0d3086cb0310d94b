package org.toolflow.release;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The words a release shows in mails. */
final class ReleaseTexts {

  private ReleaseTexts() {
  }

  static String subject(ReleaseRecord release, String what) {
    return "[" + release.key() + "] " + what + ": " + release.toolKey() + " " + release.version();
  }

  /** The values every release mail template can show; absent texts read "(none)". */
  static Map<String, Object> mailModel(ReleaseRecord release, String toolName, List<String> changeKeys,
      String ombMeetingDate) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("releaseKey", release.key());
    model.put("toolKey", release.toolKey());
    model.put("toolName", toolName);
    model.put("version", release.version());
    model.put("kind", release.kind());
    model.put("plannedDate", release.plannedDate().toString());
    model.put("ombMeetingDate", orNone(ombMeetingDate));
    model.put("ombMeetingRule", release.emergency() ? "the first OMB meeting after the release"
        : "the monthly OMB meeting before the release");
    model.put("requester", release.requester());
    model.put("iteration", release.iteration());
    model.put("umdDistribution", release.umdDistribution() ? "yes" : "no");
    model.put("highImpact", release.highImpact() ? "yes" : "no");
    model.put("highRisk", release.highRisk() ? "yes" : "no");
    model.put("changes", changeKeys.isEmpty() ? "(none)" : String.join(", ", changeKeys));
    model.put("releaseTag", orNone(release.releaseTag()));
    model.put("tagUrl", orNone(release.tagUrl()));
    model.put("distributionChannel", orNone(release.distributionChannel()));
    model.put("distributionUrl", orNone(release.distributionUrl()));
    model.put("packageFormats", orNone(release.packageFormats()));
    ReleaseNotes notes = release.notes();
    model.put("changelog", orNone(notes.changelog()));
    model.put("installationSteps", orNone(notes.installationSteps()));
    model.put("knownIssues", orNone(notes.knownIssues()));
    model.put("documentationLinks", orNone(notes.documentationLinks()));
    model.put("testPlan", orNone(notes.testPlan()));
    model.put("conformanceInfo", orNone(notes.conformanceInfo()));
    model.put("ombItem", orNone(release.ombItem()));
    return model;
  }

  static String orNone(String text) {
    return text == null || text.isBlank() ? "(none)" : text;
  }
}
