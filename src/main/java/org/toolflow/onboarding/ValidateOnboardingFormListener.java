package org.toolflow.onboarding;

import static org.toolflow.onboarding.OnboardingProcess.*;
import static org.toolflow.onboarding.OnboardingVariables.*;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.toolflow.system.forms.FormChecks;
import org.toolflow.tools.OtagMembers;
import org.toolflow.tools.ToolRegistry;
import org.toolflow.security.AsSystem;

/**
 * Refuses bad form data inside the engine's transaction, so nothing is started or completed with it: the start
 * event's {@code start} listener and every user task's {@code complete} listener.
 */
@Component("validateOnboardingFormListener")
class ValidateOnboardingFormListener implements ExecutionListener, TaskListener {

  private final OnboardingFormRules rules;
  private final ToolRegistry registry;
  private final RuntimeService runtimeService;
  private final OtagMembers otagMembers;
  private final AsSystem asSystem;

  ValidateOnboardingFormListener(OnboardingProperties properties, ToolRegistry registry, RuntimeService runtimeService,
      OtagMembers otagMembers, AsSystem asSystem) {
    this.rules = new OnboardingFormRules(properties.toolDomain());
    this.registry = registry;
    this.runtimeService = runtimeService;
    this.otagMembers = otagMembers;
    this.asSystem = asSystem;
  }

  /** The start form: the request, a known requester, and a tool key nobody has or is asking for. */
  @Override
  public void notify(DelegateExecution execution) {
    FormChecks checks = FormChecks.of(execution);
    rules.request(checks);
    checkOtagMembers(checks, execution.getVariable(OTAG_WANTED), execution.getVariable(OTAG_MEMBERS));
    Object key = execution.getVariable(TOOL_KEY);
    if (key instanceof String toolKey && OnboardingFormRules.TOOL_KEY_FORMAT.matcher(toolKey).matches()) {
      checks.rule(TOOL_KEY, !isTaken(toolKey), "'" + toolKey + "' is already registered or requested; choose another key");
      String businessKey = execution.getProcessBusinessKey();
      checks.rule("businessKey", businessKey == null || businessKey.isEmpty() || businessKey.equals(toolKey),
          "must be empty or equal to the tool key '" + toolKey + "'");
    }
    checks.rule(REQUESTER, execution.getVariable(REQUESTER) != null,
        "unknown: a tool onboarding is started by a logged-in user, who becomes its requester");
    checks.orReject();
    execution.setProcessBusinessKey((String) key);
  }

  @Override
  public void notify(DelegateTask task) {
    FormChecks checks = FormChecks.of(task);
    switch (task.getTaskDefinitionKey()) {
      case TASK_REVIEW_ONBOARDING -> rules.review(checks, (String) task.getVariable(REVIEW_OUTCOME));
      case TASK_CORRECT_REQUEST -> {
        rules.request(checks);
        checkOtagMembers(checks, task.getVariable(OTAG_WANTED), task.getVariable(OTAG_MEMBERS));
        String toolKey = task.getExecution().getProcessBusinessKey();
        checks.field(TOOL_KEY).satisfies(toolKey::equals, "unchanged: this request is for the tool key '" + toolKey + "'");
      }
      case TASK_CREATE_TOOL_URL -> rules.toolUrl(checks);
      case TASK_REGISTER_IN_GOCDB -> rules.gocdbRegistration(checks);
      case TASK_CREATE_RT_CATEGORY -> rules.rtCategory(checks);
      case TASK_DESCRIBE_SUPPORT_UNIT -> rules.supportUnitDescription(checks);
      case TASK_CONFIRM_SUPPORT_UNIT -> rules.supportUnitConfirmation(checks);
      case TASK_NEGOTIATE_OLA -> rules.olaNegotiation(checks);
      case TASK_SIGN_OLA -> rules.olaSignature(checks);
      case TASK_ACKNOWLEDGE_EGI -> rules.acknowledgement(checks);
      case TASK_PROVIDE_SECURITY_POLICY -> rules.securityPolicy(checks);
      case TASK_GRANT_EMAIL_ACCESS -> rules.emailAccess(checks);
      case TASK_COMPLETE_WIKI_ENTRY -> rules.wikiEntry(checks);
      default -> throw new IllegalStateException("no form rules for task " + task.getTaskDefinitionKey());
    }
    checks.orReject();
  }

  // The OTAG's first members must be ToolFlow users, and there are none without an OTAG.
  private void checkOtagMembers(FormChecks checks, Object otagWanted, Object members) {
    List<String> entries = OtagMembers.entries(members);
    if (entries.isEmpty()) {
      return;
    }
    if (!YES.equals(otagWanted)) {
      checks.rule(OTAG_MEMBERS, false, "must be empty when no OTAG is wanted");
      return;
    }
    List<String> unknown = otagMembers.resolve(entries).unknown();
    checks.rule(OTAG_MEMBERS, unknown.isEmpty(), "no ToolFlow user has the id or e-mail address "
        + String.join(", ", unknown) + "; give " + OtagMembers.ALLOWED);
  }

  // Another request may be invisible to the requester's authorizations, yet it still holds the key.
  private boolean isTaken(String toolKey) {
    return registry.isRegistered(toolKey) || asSystem.call(() ->
        runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(toolKey)
            .count() > 0);
  }
}
