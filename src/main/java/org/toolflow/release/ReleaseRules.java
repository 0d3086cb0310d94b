package org.toolflow.release;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.toolflow.release.ReleaseProcess.Vars;
import org.toolflow.security.AsSystem;

/**
 * The plan rules as process owners last deployed them (the latest version of the decisions in
 * {@code release-plan-rules.dmn}), for checks made outside the process's own business rule tasks.
 */
@Component
class ReleaseRules {

  private final DecisionService decisionService;
  private final AsSystem asSystem;

  ReleaseRules(DecisionService decisionService, AsSystem asSystem) {
    this.decisionService = decisionService;
    this.asSystem = asSystem;
  }

  PlanRules planRules(String kind) {
    DmnDecisionResultEntries result = evaluate(ReleaseProcess.PLAN_RULES, Map.of(Vars.KIND, kind));
    return new PlanRules(((Number) result.get(Vars.OMB_NOTICE_DAYS)).intValue(),
        (String) result.get(Vars.OMB_MEETING_RULE), Boolean.TRUE.equals(result.get(Vars.ACCEPTANCE_TESTS_REQUIRED)));
  }

  // The rules are ToolFlow's, not the caller's: they are read whatever the caller may see.
  private DmnDecisionResultEntries evaluate(String decisionKey, Map<String, Object> inputs) {
    return asSystem.call(() -> decisionService.evaluateDecisionByKey(decisionKey)
        .variables(Variables.fromMap(inputs)).evaluate().getSingleResult());
  }
}
