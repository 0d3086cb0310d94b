package org.toolflow.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeHoldProcess.Vars;
import org.toolflow.system.web.FieldProblem;

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
      throw ChangeInputRejected.of(unknown.iterator().next(), "not a field of a hold or resume request; allowed: "
          + String.join(", ", new TreeSet<>(START_FIELDS)));
    }
    String userId = people.currentUser().orElseThrow(() ->
        ChangeInputRejected.of(Vars.CHANGE_KEY, "only an authenticated user can put a change on hold or resume it"));
    FormValues in = new FormValues(submitted);
    List<FieldProblem> problems = new ArrayList<>();
    String changeKey = in.requiredText(Vars.CHANGE_KEY, 32, problems);
    String action = in.choice(Vars.HOLD_ACTION, ACTIONS, true, problems);
    String reason = in.optionalText(Vars.HOLD_REASON, 4000, problems);
    if (ChangeHolds.HOLD.equals(action) && reason == null) {
      problems.add(new FieldProblem(Vars.HOLD_REASON, "required when putting a change on hold"));
    }
    if (problems.isEmpty()) {
      problems.addAll(holds.check(changeKey, action, userId));
    }
    if (!problems.isEmpty()) {
      throw ChangeInputRejected.of(problems);
    }
    execution.setProcessBusinessKey(changeKey);
    execution.setVariable(Vars.CHANGE_KEY, changeKey);
    execution.setVariable(Vars.HOLD_REASON, reason);
    execution.setVariable(Vars.REQUESTED_BY, userId);
  }
}
