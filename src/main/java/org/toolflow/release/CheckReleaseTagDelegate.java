package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.TAG_FOUND;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.ActionContext;
import org.toolflow.release.ReleaseProcess.Values;
import org.toolflow.release.ReleaseTags.TagCheck;
import org.toolflow.tools.ToolRegistry;

/** Asks GitHub whether the release's tag exists; a missing tag is a failed build and goes back to development. */
@Component
class CheckReleaseTagDelegate implements JavaDelegate {

  private final ReleaseTags tags;
  private final ReleaseRecords records;
  private final ToolRegistry registry;
  private final Clock clock;

  CheckReleaseTagDelegate(ReleaseTags tags, ReleaseRecords records, ToolRegistry registry, Clock clock) {
    this.tags = tags;
    this.records = records;
    this.registry = registry;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReleaseRecord release = records.get(execution.getProcessBusinessKey());
    String sourceCodeUrl = registry.find(release.toolKey()).orElseThrow().sourceCodeUrl();
    TagCheck check = tags.check(ActionContext.of(execution), sourceCodeUrl, release.releaseTag())
        .orElseThrow(() -> new IllegalStateException("the source code URL of tool '" + release.toolKey() + "' ("
            + sourceCodeUrl + ") names no GitHub repository"));
    execution.setVariable(TAG_FOUND, check.found());
    String summary = "tag " + release.releaseTag() + (check.found() ? " found" : " not found") + " in "
        + check.repository().fullName() + " on GitHub";
    records.addReport(release.key(), new ReleaseReport(release.iteration(), "tag",
        check.found() ? Values.PASS : Values.FAIL, check.found() ? check.url() : null, summary, null,
        clock.instant()));
    if (check.found()) {
      records.tagUrl(release.key(), check.url());
    } else {
      execution.setVariables(Failure.of("tag check", summary + ": push the tag, then finish the development", null));
    }
  }
}
