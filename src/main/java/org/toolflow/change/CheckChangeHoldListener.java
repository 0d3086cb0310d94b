package org.toolflow.change;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeHoldProcess.Vars;
import org.toolflow.system.forms.FormChecks;
import org.toolflow.system.forms.FormValues;
import org.toolflow.system.web.InvalidInputException;

/** On the start of {@code change-hold}: who asks, for which change, and whether that change can take the action. */
@Component
class CheckChangeHoldListener implements ExecutionListener {

  static final Set<String> START_FIELDS = Set.of(Vars.CHANGE_KEY, Vars.HOLD_ACTION, Vars.HOLD_REASON);
  static final List<String> ACTIONS = List.of(ChangeHolds.HOLD, ChangeHolds.RESUME);

  private final ChangeHolds holds;
  private final ChangePeople people;

  CheckChangeHoldListener(ChangeHolds holds, ChangePeople people) {
    this.holds = holds;
    this.people = people;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, Object> submitted = execution.getVariables();
    Set<String> unknown = new TreeSet<>(submitted.keySet());
    unknown.removeAll(START_FIELDS);
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(unknown.iterator().next(), "not a field of a hold or resume request; allowed: "
          + String.join(", ", new TreeSet<>(START_FIELDS)));
    }
    String userId = people.currentUser().orElseThrow(() ->
        new InvalidInputException(Vars.CHANGE_KEY, "only an authenticated user can put a change on hold or resume it"));
    FormChecks checks = FormChecks.of(submitted);
    FormValues in = new FormValues(submitted, checks);
    String changeKey = in.requiredText(Vars.CHANGE_KEY, 32);
    String action = in.choice(Vars.HOLD_ACTION, ACTIONS, true);
    String reason = in.text(Vars.HOLD_REASON, 4000);
    if (ChangeHolds.HOLD.equals(action) && reason == null) {
      checks.rule(Vars.HOLD_REASON, false, "is required when putting a change on hold");
    }
    if (checks.problems().isEmpty()) {
      holds.check(changeKey, action, userId).forEach(problem -> checks.rule(problem.field(), false, problem.message()));
    }
    checks.orReject();
    execution.setProcessBusinessKey(changeKey);
    execution.setVariable(Vars.CHANGE_KEY, changeKey);
    execution.setVariable(Vars.HOLD_REASON, reason);
    execution.setVariable(Vars.REQUESTED_BY, userId);
  }
}
