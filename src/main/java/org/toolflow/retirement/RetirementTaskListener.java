package org.toolflow.retirement;

import static org.toolflow.retirement.ToolRetirementProcess.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.toolflow.retirement.ToolRetirementProcess.Elements;
import org.toolflow.retirement.ToolRetirementProcess.Values;
import org.toolflow.system.forms.FormChecks;

/**
 * On completing a task of {@code tool-retirement}: the approval needs a decision (and a comment when it refuses);
 * each removal done by hand needs its tick, since ticking it is the person's word that it is gone.
 */
@Component
class RetirementTaskListener implements TaskListener {

  /** Which tick each removal task asks for. */
  static final Map<String, String> REMOVAL_TICKS = Map.of(
      Elements.REMOVE_GOCDB_ENTRY, GOCDB_REMOVED,
      Elements.REMOVE_SUPPORT_UNIT, SUPPORT_UNIT_REMOVED,
      Elements.REMOVE_WIKI_PAGE, WIKI_PAGE_REMOVED,
      Elements.REMOVE_RT_CATEGORY, RT_CATEGORY_REMOVED);

  @Override
  public void notify(DelegateTask task) {
    FormChecks checks = FormChecks.of(task);
    String element = task.getTaskDefinitionKey();
    if (Elements.APPROVE.equals(element)) {
      checks.field(DECISION).required().oneOf(Values.DECISIONS);
      boolean refused = Values.REFUSE.equals(task.getVariable(DECISION));
      checks.field(DECISION_COMMENT).maxLength(4000);
      checks.rule(DECISION_COMMENT, !refused || hasText(task.getVariable(DECISION_COMMENT)),
          "is required when the retirement is refused: the requester reads it");
      checks.orReject();
      task.setVariable(APPROVED, !refused);
      return;
    }
    String tick = REMOVAL_TICKS.get(element);
    if (tick != null) {
      checks.rule(tick, Boolean.TRUE.equals(task.getVariable(tick)), "must be ticked once it is removed");
      checks.field(REMOVAL_NOTE).maxLength(2000);
      checks.orReject();
    }
  }

  private static boolean hasText(Object value) {
    return value instanceof String text && !text.isBlank();
  }
}
