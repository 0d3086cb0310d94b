package org.toolflow.retirement;

import static org.toolflow.retirement.ToolRetirementProcess.Vars.*;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.toolflow.security.Roles;
import org.toolflow.security.ToolGroups;
import org.toolflow.system.forms.FormChecks;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;
import org.toolflow.tools.ToolStatus;

/**
 * On the start of {@code tool-retirement}: an ACTIVE tool, not already being retired, a reason, and a requester from
 * the tool's own team or EGI Operations (or an administrator). Refused field by field otherwise; nothing starts.
 */
@Component
class CheckRetirementRequestListener implements ExecutionListener {

  private final ToolRegistry registry;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;

  CheckRetirementRequestListener(ToolRegistry registry, IdentityService identityService, RuntimeService runtimeService) {
    this.registry = registry;
    this.identityService = identityService;
    this.runtimeService = runtimeService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormChecks checks = FormChecks.of(execution);
    checks.field(TOOL_KEY).required().satisfies(this::isActive, "the key of an ACTIVE tool of the registry");
    checks.field(RETIREMENT_REASON).required().maxLength(4000);
    checks.orReject();
    String toolKey = execution.getVariable(TOOL_KEY).toString().trim();
    Authentication caller = identityService.getCurrentAuthentication();
    checks.rule(TOOL_KEY, caller != null && mayRequest(caller.getGroupIds(), toolKey),
        "only the tool's team (" + ToolGroups.team(toolKey) + ") or EGI Operations may request its retirement");
    checks.rule(TOOL_KEY, !beingRetired(toolKey), "tool '" + toolKey + "' is already being retired");
    checks.orReject();
    Tool tool = registry.get(toolKey);
    execution.setProcessBusinessKey(ToolRetirementProcess.BUSINESS_KEY_PREFIX + toolKey);
    execution.setVariable(TOOL_KEY, toolKey);
    execution.setVariable(TOOL_NAME, tool.name());
    execution.setVariable(REQUESTED_BY, caller.getUserId());
  }

  private static boolean mayRequest(List<String> groupIds, String toolKey) {
    return groupIds != null && (groupIds.contains(Roles.ADMINISTRATORS) || groupIds.contains(Roles.EGI_OPERATIONS)
        || groupIds.contains(ToolGroups.team(toolKey)));
  }

  private boolean isActive(String toolKey) {
    Optional<Tool> tool = registry.find(toolKey.trim());
    return tool.isPresent() && tool.get().status() == ToolStatus.ACTIVE;
  }

  private boolean beingRetired(String toolKey) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ToolRetirementProcess.PROCESS_KEY)
        .processInstanceBusinessKey(ToolRetirementProcess.BUSINESS_KEY_PREFIX + toolKey).count() > 0;
  }
}
