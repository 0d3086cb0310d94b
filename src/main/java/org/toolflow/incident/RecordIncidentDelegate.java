package org.toolflow.incident;

import static org.toolflow.incident.IncidentNames.*;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;

/**
 * Turns the targets the incident-targets decision just gave into due dates, and records the incident. Runs in the
 * starting transaction: a second start for the same ticket fails on the table's key and starts nothing.
 */
@Component("recordIncidentDelegate")
class RecordIncidentDelegate implements JavaDelegate {

  private final ToolRegistry registry;
  private final IncidentTargets targets;
  private final IncidentRecords incidents;

  RecordIncidentDelegate(ToolRegistry registry, IncidentTargets targets, IncidentRecords incidents) {
    this.registry = registry;
    this.targets = targets;
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Tool tool = registry.get(Variables.text(execution, TOOL_KEY));
    String priority = Variables.text(execution, PRIORITY);
    Instant reportedAt = Variables.instant(execution, REPORTED_AT);
    Instant responseDue = targets.due(reportedAt, Variables.number(execution, RESPONSE_HOURS));
    Instant resolutionDue = targets.due(reportedAt, Variables.number(execution, RESOLUTION_HOURS));
    execution.setVariable(TOOL_NAME, tool.name() == null ? tool.key() : tool.name());
    execution.setVariable(SUPPORT_UNIT, tool.ggusSupportUnit());
    execution.setVariable(QUALITY_OF_SUPPORT, tool.qualityOfSupport().name());
    execution.setVariable(RESPONSE_DUE, Date.from(responseDue));
    execution.setVariable(RESOLUTION_DUE, Date.from(resolutionDue));
    Object category = execution.getVariable(CATEGORY);
    incidents.insert(new IncidentRecord(Variables.text(execution, TICKET_ID), Variables.text(execution, TICKET_NUMBER),
        tool.key(), category == null ? null : category.toString(), priority, tool.qualityOfSupport().name(),
        Variables.text(execution, TITLE), Variables.text(execution, SOURCE), IncidentRecord.OPEN,
        Variables.flag(execution, SECURITY_RELATED), reportedAt, responseDue, resolutionDue, null, null,
        false, false, null, execution.getProcessInstanceId()));
  }
}
