package org.toolflow.incident;

import static org.toolflow.incident.IncidentNames.*;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.helpdesk.HelpdeskTickets;

/** The fixing change is resolved: the Operations ticket is told, the problem closed and its known error resolved. */
@Component("closeProblemDelegate")
class CloseProblemDelegate implements JavaDelegate {

  private final HelpdeskTickets helpdesk;
  private final ProblemRecords problems;
  private final Clock clock;

  CloseProblemDelegate(HelpdeskTickets helpdesk, ProblemRecords problems, Clock clock) {
    this.helpdesk = helpdesk;
    this.problems = problems;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String problemKey = Variables.text(execution, PROBLEM_KEY);
    helpdesk.addArticle(ActionContext.of(execution), Variables.text(execution, OPERATIONS_TICKET_ID),
        "The change " + Variables.text(execution, CHANGE_KEY) + " that fixes " + problemKey
            + " is resolved. The problem is closed and its known error resolved.");
    problems.close(problemKey, clock.instant());
  }
}
