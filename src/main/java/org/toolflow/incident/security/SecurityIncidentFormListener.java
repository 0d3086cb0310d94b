package org.toolflow.incident.security;

import static org.toolflow.incident.security.SecurityIncidentNames.*;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.toolflow.system.forms.FormChecks;
import org.toolflow.tools.ToolRegistry;

/**
 * Refuses bad security-incident data and starts the CSIRT reporting clock: the start (by hand, or from an incident
 * through the call activity), the team's report, the CSIRT's decision and the team's follow-up.
 */
@Component("securityIncidentFormListener")
class SecurityIncidentFormListener implements ExecutionListener, TaskListener {

  private static final Pattern TICKET_ID_FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final ToolRegistry registry;
  private final SecurityIncidentProperties properties;
  private final Clock clock;

  SecurityIncidentFormListener(ToolRegistry registry, SecurityIncidentProperties properties, Clock clock) {
    this.registry = registry;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormChecks checks = FormChecks.of(execution);
    checks.field(TOOL_KEY).required().satisfies(registry::isInService, "the key of a tool of the registry that is not retired");
    checks.field(TITLE).required().maxLength(500);
    checks.field(DESCRIPTION).required().maxLength(4000);
    checks.field(TICKET_ID).matches(TICKET_ID_FORMAT, "a helpdesk ticket id: letters, digits, '.', '_' or '-'");
    checks.orReject();
    if (!execution.hasVariable(TICKET_ID)) {
      execution.setVariable(TICKET_ID, null);
    }
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null || businessKey.isBlank()) {
      Object ticket = execution.getVariable(TICKET_ID);
      execution.setProcessBusinessKey(ticket != null ? ticket.toString() : "SEC-" + execution.getProcessInstanceId());
    }
    execution.setVariable(CSIRT_REPORT_DUE, Date.from(clock.instant().plus(properties.reportingDeadline())));
  }

  @Override
  public void notify(DelegateTask task) {
    FormChecks checks = FormChecks.of(task);
    switch (task.getTaskDefinitionKey()) {
      case TASK_REPORT -> {
        checks.field(INCIDENT_REPORT).required().maxLength(8000);
        checks.field(AFFECTED_SYSTEMS).required().maxLength(1000);
        checks.field(REPORTER_CONTACT).required().email();
      }
      case TASK_HANDLE -> {
        checks.field(CSIRT_DECISION).required().oneOf(List.of(ACTION_NEEDED, AGREE_TO_CLOSE));
        if (ACTION_NEEDED.equals(task.getVariable(CSIRT_DECISION))) {
          checks.field(CSIRT_INSTRUCTIONS).required();
        }
        checks.field(CSIRT_INSTRUCTIONS).maxLength(4000);
      }
      case TASK_FOLLOW_INSTRUCTIONS -> checks.field(ACTIONS_TAKEN).required().maxLength(4000);
      default -> throw new IllegalStateException("no form rules for task " + task.getTaskDefinitionKey());
    }
    checks.orReject();
  }
}
