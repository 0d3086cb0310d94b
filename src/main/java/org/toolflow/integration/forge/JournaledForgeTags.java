package org.toolflow.integration.forge;

import java.util.Map;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.journal.Journaling;
import org.toolflow.integration.journal.OutsideAction;

/** The one {@link ForgeTags}: journaled; live when enabled, otherwise a dry run that finds every tag. */
class JournaledForgeTags implements ForgeTags {

  static final String SYSTEM = "forge";

  private final ForgeTags live;
  private final Journaling journaling;

  /** {@code live} null means dry-run. */
  JournaledForgeTags(ForgeTags live, Journaling journaling) {
    this.live = live;
    this.journaling = journaling;
  }

  @Override
  public boolean tagExists(ActionContext context, String owner, String repository, String tag) {
    String ref = "/repos/" + owner + "/" + repository + "/git/ref/tags/" + tag;
    OutsideAction action = new OutsideAction(SYSTEM, "check-tag", owner + "/" + repository + "@" + tag,
        Map.of("GET", ref), live == null, context);
    return journaling.perform(action, Boolean.class,
        () -> live == null || live.tagExists(context, owner, repository, tag));
  }
}
