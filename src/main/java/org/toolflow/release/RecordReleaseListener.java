package org.toolflow.release;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.toolflow.release.ReleaseProcess.Vars;
import org.toolflow.security.Roles;
import org.toolflow.security.ToolGroups;
import org.toolflow.system.web.FieldProblem;
import org.toolflow.system.web.InvalidInputException;
import org.toolflow.tools.ToolRegistry;

/**
 * On the start event: checks the plan (start form, engine REST or ToolFlow's API alike) and refuses one the OMB rules
 * do not allow, with the earliest valid date; the requester is the authenticated member of the tool's team. Records
 * the release and makes its key the business key.
 */
@Component
class RecordReleaseListener implements ExecutionListener {

  /** What a client may send when planning a release; anything else is refused, so no routing variable is forged. */
  static final Set<String> START_FIELDS = Set.of(Vars.TOOL_KEY, Vars.VERSION, Vars.CHANGE_KEYS, Vars.KIND,
      Vars.PLANNED_DATE, Vars.UMD_DISTRIBUTION, Vars.HIGH_IMPACT, Vars.HIGH_RISK, Vars.REQUESTER);

  private final ReleaseStartRules rules;
  private final ReleaseRecords records;
  private final IdentityService identityService;
  private final ToolRegistry registry;

  RecordReleaseListener(ReleaseStartRules rules, ReleaseRecords records, IdentityService identityService,
      ToolRegistry registry) {
    this.rules = rules;
    this.records = records;
    this.identityService = identityService;
    this.registry = registry;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, Object> submitted = execution.getVariables();
    Set<String> unknown = new TreeSet<>(submitted.keySet());
    unknown.removeAll(START_FIELDS);
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(List.of(new FieldProblem(unknown.iterator().next(), "is not a field of a release "
          + "plan; allowed: " + String.join(", ", new TreeSet<>(START_FIELDS)))));
    }
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      throw new InvalidInputException(List.of(new FieldProblem(Vars.REQUESTER,
          "unknown: a release is planned by a logged-in member of the tool's team")));
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    ReleaseStart start = rules.check(submitted, tool -> groups.contains(ToolGroups.team(tool.key()))
        || groups.contains(Roles.ADMINISTRATORS));
    ReleaseRecord release = records.create(start, caller.getUserId(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(release.key());
    execution.setVariables(ReleaseVariables.of(release, registry.find(release.toolKey()).orElseThrow(),
        start.changeKeys()));
  }
}
