package org.toolflow.incident;

import static org.toolflow.incident.IncidentNames.*;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets {@code recurring} and the tickets that recur with this one (this one included). */
@Component("checkIncidentRecurrenceDelegate")
class CheckIncidentRecurrenceDelegate implements JavaDelegate {

  private final RecurrenceRule rule;

  CheckIncidentRecurrenceDelegate(RecurrenceRule rule) {
    this.rule = rule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> recurring = rule.recurringTickets(Variables.text(execution, TOOL_KEY),
        Variables.text(execution, CATEGORY), Instant.now());
    execution.setVariable(RECURRING, !recurring.isEmpty());
    execution.setVariable(RELATED_TICKETS, String.join(",", recurring));
  }
}
