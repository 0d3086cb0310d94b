package org.toolflow.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeRequestProcess.Vars;
import org.toolflow.security.ToolGroups;
import org.toolflow.system.web.FieldProblem;

/**
 * Hold and resume. On hold the change's process instance is suspended: none of its tasks can be completed,
 * none of its timers or jobs run. Resuming activates it again and restores the status it had.
 */
@Component
class ChangeHolds {

  static final String HOLD = "hold";
  static final String RESUME = "resume";
  static final String EGI_OPERATIONS = "egi-operations";

  private final ChangeRecords records;
  private final RuntimeService runtimeService;
  private final ChangePeople people;

  ChangeHolds(ChangeRecords records, RuntimeService runtimeService, ChangePeople people) {
    this.records = records;
    this.runtimeService = runtimeService;
    this.people = people;
  }

  /** The problems that forbid the action, field by field; refuses with 403 a user who may not act on the change. */
  List<FieldProblem> check(String changeKey, String action, String userId) {
    List<FieldProblem> problems = new ArrayList<>();
    Optional<ChangeRecord> found = changeKey == null ? Optional.empty() : records.find(changeKey);
    if (found.isEmpty()) {
      problems.add(new FieldProblem(ChangeHoldProcess.Vars.CHANGE_KEY, changeKey == null ? "is required"
          : "no change request '" + changeKey + "'"));
      return problems;
    }
    ChangeRecord change = found.get();
    if (!mayActOn(change, userId)) {
      throw new AuthorizationException("'" + userId + "' may not put " + change.key() + " on hold or resume it: "
          + "only its requester, its tool's team (" + teamOf(change) + "), " + EGI_OPERATIONS + " and administrators");
    }
    if (processOf(change).isEmpty()) {
      problems.add(new FieldProblem(ChangeHoldProcess.Vars.CHANGE_KEY, change.key() + " is closed (status "
          + change.status().label() + ")"));
    } else if (HOLD.equals(action) && (change.onHold() || change.status() == ChangeStatus.REJECTED)) {
      problems.add(new FieldProblem(ChangeHoldProcess.Vars.HOLD_ACTION, change.key() + " cannot be put on hold: it is "
          + change.status().label()));
    } else if (RESUME.equals(action) && !change.onHold()) {
      problems.add(new FieldProblem(ChangeHoldProcess.Vars.HOLD_ACTION, change.key() + " is not on hold: it is "
          + change.status().label()));
    }
    return problems;
  }

  void hold(String changeKey, String by, String reason) {
    ChangeRecord change = records.get(changeKey);
    records.hold(changeKey, by, reason);
    runtimeService.setVariable(change.processInstanceId(), Vars.STATUS, ChangeStatus.STALLED.name());
    runtimeService.suspendProcessInstanceById(change.processInstanceId());
  }

  ChangeStatus resume(String changeKey, String by, String note) {
    ChangeRecord change = records.get(changeKey);
    runtimeService.activateProcessInstanceById(change.processInstanceId());
    ChangeStatus restored = records.resume(changeKey, by, note);
    runtimeService.setVariable(change.processInstanceId(), Vars.STATUS, restored.name());
    return restored;
  }

  private boolean mayActOn(ChangeRecord change, String userId) {
    return userId != null && (userId.equals(change.requester())
        || people.isMember(userId, teamOf(change))
        || people.isMember(userId, EGI_OPERATIONS)
        || people.isMember(userId, Groups.CAMUNDA_ADMIN));
  }

  private static String teamOf(ChangeRecord change) {
    return ToolGroups.team(change.toolKey());
  }

  private Optional<ProcessInstance> processOf(ChangeRecord change) {
    return Optional.ofNullable(change.processInstanceId() == null ? null
        : runtimeService.createProcessInstanceQuery().processInstanceId(change.processInstanceId()).singleResult());
  }
}
