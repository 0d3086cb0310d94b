package org.toolflow.onboarding;

import static org.toolflow.onboarding.OnboardingVariables.*;

import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.wiki.WikiEdit;
import org.toolflow.integration.wiki.WikiPages;

/** Publishes the tool's wiki entry from everything gathered and what the team completed. */
@Component("publishWikiEntryDelegate")
class PublishWikiEntryDelegate implements JavaDelegate {

  private final WikiPages wiki;

  PublishWikiEntryDelegate(WikiPages wiki) {
    this.wiki = wiki;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Function<String, String> variables = name -> OnboardingTool.text(execution, name);
    WikiEdit edit = wiki.publish(ActionContext.of(execution), WikiEntry.title(variables), WikiEntry.wikitext(variables),
        "Production tool " + variables.apply(TOOL_NAME) + " onboarded by EGI Operations");
    execution.setVariable(WIKI_PAGE, edit.url());
    execution.setVariable(WIKI_REVISION, edit.revisionId());
  }
}
