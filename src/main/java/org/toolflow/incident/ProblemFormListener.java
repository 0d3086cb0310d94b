package org.toolflow.incident;

import static org.toolflow.incident.IncidentNames.*;

import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.toolflow.system.forms.FormChecks;
import org.toolflow.tools.ToolRegistry;

/** Refuses bad problem data: the start (by hand or from an incident) and EGI Operations' investigation. */
@Component("problemFormListener")
class ProblemFormListener implements ExecutionListener, TaskListener {

  static final Pattern TICKET_LIST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}(\\s*,\\s*[A-Za-z0-9][A-Za-z0-9._-]{0,63})*");

  private final ToolRegistry registry;
  private final IncidentProperties properties;
  private final IdentityService identityService;

  ProblemFormListener(ToolRegistry registry, IncidentProperties properties, IdentityService identityService) {
    this.registry = registry;
    this.properties = properties;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormChecks checks = FormChecks.of(execution);
    checks.field(TOOL_KEY).required().satisfies(registry::isInService, "the key of a tool of the registry that is not retired");
    checks.field(CATEGORY).required().oneOf(properties.categories());
    checks.field(SUMMARY).required().maxLength(500);
    checks.field(RELATED_TICKETS).matches(TICKET_LIST, "helpdesk ticket ids separated by commas").maxLength(2000);
    checks.field(PROBLEM_REASON).oneOf(List.of(REASON_RECURRENCE, REASON_UNSOLVED, REASON_MANUAL));
    checks.orReject();
    if (execution.getVariable(PROBLEM_REASON) == null) {
      execution.setVariable(PROBLEM_REASON, REASON_MANUAL);
    }
    Object related = execution.getVariable(RELATED_TICKETS);
    execution.setVariable(RELATED_TICKETS, related == null ? "" : related.toString().replaceAll("\\s", ""));
  }

  @Override
  public void notify(DelegateTask task) {
    if (!TASK_INVESTIGATE.equals(task.getTaskDefinitionKey())) {
      throw new IllegalStateException("no form rules for task " + task.getTaskDefinitionKey());
    }
    FormChecks checks = FormChecks.of(task);
    checks.field(ROOT_CAUSE).required().maxLength(4000);
    checks.field(KNOWN_ERROR).required().maxLength(4000);
    checks.field(WORKAROUND).required().maxLength(4000);
    checks.field(CHANGE_TITLE).required().maxLength(200);
    checks.field(CHANGE_DESCRIPTION).required().maxLength(4000);
    checks.orReject();
    Authentication user = identityService.getCurrentAuthentication();
    task.setVariable(INVESTIGATED_BY, user != null ? user.getUserId() : task.getAssignee());
  }
}
