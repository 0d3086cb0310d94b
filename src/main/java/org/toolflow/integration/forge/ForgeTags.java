package org.toolflow.integration.forge;

import org.toolflow.integration.ActionContext;

/** The public forge (GitHub REST): does a release tag exist? */
public interface ForgeTags {

  boolean tagExists(ActionContext context, String owner, String repository, String tag);
}
