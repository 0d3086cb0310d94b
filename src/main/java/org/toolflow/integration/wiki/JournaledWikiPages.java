package org.toolflow.integration.wiki;

import java.util.Optional;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.journal.Journaling;
import org.toolflow.integration.journal.OutsideAction;

/** The one {@link WikiPages}: journaled and idempotent; live when the wiki is configured, otherwise a dry run. */
class JournaledWikiPages implements WikiPages {

  static final String SYSTEM = "wiki";
  // A reserved top-level domain: a dry-run link can never reach a real wiki.
  static final String DRY_RUN_WIKI = "https://dry-run.invalid/wiki";

  private final MediaWikiPages live;
  private final Journaling journaling;

  /** {@code live} null means dry-run. */
  JournaledWikiPages(MediaWikiPages live, Journaling journaling) {
    this.live = live;
    this.journaling = journaling;
  }

  @Override
  public WikiEdit publish(ActionContext context, String title, String wikitext, String summary) {
    OutsideAction action = new OutsideAction(SYSTEM, "edit-page", "page " + title,
        MediaWikiPages.editSummary(title, wikitext, MediaWikiPages.markedSummary(summary, context.remoteMark())),
        live == null, context);
    return journaling.perform(action, WikiEdit.class, () -> live != null ? live.publish(context, title, wikitext, summary)
        : new WikiEdit(title, journaling.dryRunId(), MediaWikiPages.pageUrl(DRY_RUN_WIKI, title), true),
        () -> live == null ? Optional.empty() : live.findPublished(context, title));
  }
}
