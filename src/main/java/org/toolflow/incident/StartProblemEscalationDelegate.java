package org.toolflow.incident;

import static org.toolflow.incident.IncidentNames.*;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.security.AsSystem;

/**
 * Starts problem-escalation for this incident's tool and category: for the recurring tickets, or for this one
 * ticket when the team cannot solve it ({@code problemReason} RECURRENCE or UNSOLVED).
 */
@Component("startProblemEscalationDelegate")
class StartProblemEscalationDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;
  private final IncidentRecords incidents;
  private final Clock clock;
  private final AsSystem asSystem;

  StartProblemEscalationDelegate(RuntimeService runtimeService, IncidentRecords incidents, Clock clock,
      AsSystem asSystem) {
    this.asSystem = asSystem;
    this.runtimeService = runtimeService;
    this.incidents = incidents;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = Variables.text(execution, PROBLEM_REASON);
    String ticketId = Variables.text(execution, TICKET_ID);
    Map<String, Object> variables = new HashMap<>();
    variables.put(TOOL_KEY, Variables.text(execution, TOOL_KEY));
    variables.put(CATEGORY, Variables.text(execution, CATEGORY));
    variables.put(PROBLEM_REASON, reason);
    variables.put(RELATED_TICKETS, REASON_RECURRENCE.equals(reason) ? Variables.text(execution, RELATED_TICKETS) : ticketId);
    variables.put(SUMMARY, (REASON_RECURRENCE.equals(reason) ? "Recurring incidents: " : "Incident the team cannot solve: ")
        + Variables.text(execution, TITLE));
    asSystem.call(() -> runtimeService.startProcessInstanceByKey(PROBLEM_ESCALATION, variables));
    if (REASON_UNSOLVED.equals(reason)) {
      incidents.closed(ticketId, IncidentRecord.ESCALATED, clock.instant());
    }
  }
}
