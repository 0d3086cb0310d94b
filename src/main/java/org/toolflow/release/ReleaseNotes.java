package org.toolflow.release;

/** What the announcement carries besides the dates: the release notes, the documentation and the test plan. */
public record ReleaseNotes(String changelog, String installationSteps, String knownIssues, String documentationLinks,
    String testPlan, String conformanceInfo) {
}
