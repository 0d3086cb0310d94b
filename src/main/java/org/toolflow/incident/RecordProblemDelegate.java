package org.toolflow.incident;

import static org.toolflow.incident.IncidentNames.*;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the problem, makes its key the business key and ties its incidents to it. */
@Component("recordProblemDelegate")
class RecordProblemDelegate implements JavaDelegate {

  private final ProblemRecords problems;
  private final IncidentRecords incidents;

  RecordProblemDelegate(ProblemRecords problems, IncidentRecords incidents) {
    this.problems = problems;
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String related = Variables.textOrEmpty(execution, RELATED_TICKETS);
    List<String> tickets = related.isEmpty() ? List.of() : Arrays.asList(related.split(","));
    String problemKey = problems.open(Variables.text(execution, TOOL_KEY), Variables.text(execution, CATEGORY),
        Variables.text(execution, PROBLEM_REASON), Variables.text(execution, SUMMARY), tickets,
        execution.getProcessInstanceId());
    incidents.escalatedTo(problemKey, tickets);
    execution.setVariable(PROBLEM_KEY, problemKey);
    execution.setProcessBusinessKey(problemKey);
  }
}
