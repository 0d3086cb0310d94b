package org.toolflow.release;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.forge.ForgeTags;

/** Whether a release's tag exists in the tool's public repository, asked of the forge where the source lives there. */
@Component
class ReleaseTags {

  private final ForgeTags forge;

  ReleaseTags(ForgeTags forge) {
    this.forge = forge;
  }

  /** Empty when the source code is not on GitHub: a person confirms the tag instead. */
  Optional<TagCheck> check(ActionContext context, String sourceCodeUrl, String tag) {
    return GitHubRepository.of(sourceCodeUrl).map(repository -> new TagCheck(repository,
        forge.tagExists(context, repository.owner(), repository.name(), tag), repository.tagUrl(tag)));
  }

  /** What the forge answered for one tag. */
  record TagCheck(GitHubRepository repository, boolean found, String url) {
  }
}
