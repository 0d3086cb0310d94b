package org.toolflow.incident;

import static org.toolflow.incident.IncidentNames.*;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets {@code recurring} and the tickets that recur with this one (this one included), by the rule just decided. */
@Component("checkIncidentRecurrenceDelegate")
class CheckIncidentRecurrenceDelegate implements JavaDelegate {

  private final RecurrenceRule rule;
  private final Clock clock;

  CheckIncidentRecurrenceDelegate(RecurrenceRule rule, Clock clock) {
    this.rule = rule;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> recurring = rule.recurringTickets(Variables.text(execution, TOOL_KEY),
        Variables.text(execution, CATEGORY), Variables.number(execution, RECURRENCE_THRESHOLD),
        Variables.number(execution, RECURRENCE_WINDOW_DAYS), clock.instant());
    execution.setVariable(RECURRING, !recurring.isEmpty());
    execution.setVariable(RELATED_TICKETS, String.join(",", recurring));
  }
}
