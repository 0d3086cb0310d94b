package org.toolflow.incident;

import static org.toolflow.incident.IncidentNames.*;

import java.time.Clock;
import java.util.Date;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.toolflow.system.forms.FormChecks;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;
import org.toolflow.tools.ToolStatus;

/**
 * Refuses bad incident data inside the engine's transaction, so nothing starts or completes with it: the start
 * (by hand or from the helpdesk poll), the team's response and the team's resolution.
 */
@Component("incidentFormListener")
class IncidentFormListener implements ExecutionListener, TaskListener {

  static final Pattern TICKET_ID_FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final ToolRegistry registry;
  private final IncidentRecords incidents;
  private final IncidentProperties properties;
  private final Clock clock;

  IncidentFormListener(ToolRegistry registry, IncidentRecords incidents, IncidentProperties properties,
      Clock clock) {
    this.registry = registry;
    this.incidents = incidents;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormChecks checks = FormChecks.of(execution);
    checks.field(TICKET_ID).required().matches(TICKET_ID_FORMAT, "a helpdesk ticket id: letters, digits, '.', '_' or '-', at most 64");
    checks.field(TOOL_KEY).required().satisfies(this::isActiveTool, "the key of an ACTIVE tool of the registry");
    checks.field(PRIORITY).required().oneOf(IncidentPriority.labels());
    checks.field(CATEGORY).oneOf(properties.categories());
    checks.field(TITLE).required().maxLength(500);
    checks.field(DESCRIPTION).maxLength(4000);
    checks.rule(SECURITY_RELATED, execution.getVariable(SECURITY_RELATED) == null
        || execution.getVariable(SECURITY_RELATED) instanceof Boolean, "must be true or false");
    Object ticket = execution.getVariable(TICKET_ID);
    if (ticket instanceof String ticketId && TICKET_ID_FORMAT.matcher(ticketId).matches()) {
      checks.rule(TICKET_ID, !incidents.exists(ticketId), "ticket '" + ticketId + "' is already an incident");
      String businessKey = execution.getProcessBusinessKey();
      checks.rule("businessKey", businessKey == null || businessKey.isEmpty() || businessKey.equals(ticketId),
          "must be empty or equal to the ticket id '" + ticketId + "'");
    }
    checks.orReject();
    execution.setProcessBusinessKey((String) ticket);
    defaultTo(execution, SECURITY_RELATED, false);
    defaultTo(execution, SOURCE, SOURCE_MANUAL);
    defaultTo(execution, TICKET_NUMBER, ticket);
    Object description = execution.getVariable(DESCRIPTION);
    if (description == null || description.toString().isBlank()) {
      // A helpdesk ticket's first article is not read: its title stands for the description.
      execution.setVariable(DESCRIPTION, execution.getVariable(TITLE));
    }
    defaultTo(execution, CATEGORY, null);
    if (!(execution.getVariable(REPORTED_AT) instanceof Date)) {
      execution.setVariable(REPORTED_AT, Date.from(clock.instant()));
    }
  }

  @Override
  public void notify(DelegateTask task) {
    FormChecks checks = FormChecks.of(task);
    switch (task.getTaskDefinitionKey()) {
      case TASK_RESPOND -> {
        checks.field(CATEGORY).required().oneOf(properties.categories());
        checks.field(RESPONSE_NOTE).required().maxLength(4000);
        checks.rule(SECURITY_RELATED, task.getVariable(SECURITY_RELATED) instanceof Boolean, "must be true or false");
      }
      case TASK_RESOLVE -> {
        checks.field(RESOLUTION_OUTCOME).required().oneOf(java.util.List.of(OUTCOME_RESOLVED, OUTCOME_CANNOT_SOLVE, OUTCOME_SECURITY));
        checks.field(RESOLUTION_NOTE).required().maxLength(4000);
      }
      default -> throw new IllegalStateException("no form rules for task " + task.getTaskDefinitionKey());
    }
    checks.orReject();
  }

  private boolean isActiveTool(String toolKey) {
    return registry.find(toolKey).map(Tool::status).filter(ToolStatus.ACTIVE::equals).isPresent();
  }

  private static void defaultTo(DelegateExecution execution, String name, Object value) {
    if (!execution.hasVariable(name)) {
      execution.setVariable(name, value);
    }
  }
}
