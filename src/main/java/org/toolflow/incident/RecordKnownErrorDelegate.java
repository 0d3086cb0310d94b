package org.toolflow.incident;

import static org.toolflow.incident.IncidentNames.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the known error and its workaround from EGI Operations' investigation. */
@Component("recordKnownErrorDelegate")
class RecordKnownErrorDelegate implements JavaDelegate {

  private final ProblemRecords problems;

  RecordKnownErrorDelegate(ProblemRecords problems) {
    this.problems = problems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object investigatedBy = execution.getVariable(INVESTIGATED_BY);
    problems.recordKnownError(Variables.text(execution, PROBLEM_KEY), Variables.text(execution, KNOWN_ERROR),
        Variables.text(execution, ROOT_CAUSE), Variables.text(execution, WORKAROUND),
        investigatedBy == null ? null : investigatedBy.toString());
  }
}
