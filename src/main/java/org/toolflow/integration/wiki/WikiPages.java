package org.toolflow.integration.wiki;

import org.toolflow.integration.ActionContext;

/** The wiki (MediaWiki action API): publishing a tool's page. */
public interface WikiPages {

  WikiEdit publish(ActionContext context, String title, String wikitext, String summary);
}
