package org.toolflow.integration.wiki;

/** The page written and the revision the wiki gave it; {@code dryRun} when nothing was sent. */
public record WikiEdit(String title, String revisionId, String url, boolean dryRun) {
}
