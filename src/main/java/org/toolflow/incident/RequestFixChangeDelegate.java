package org.toolflow.incident;

import static org.toolflow.incident.IncidentNames.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeRequestProcess;
import org.toolflow.change.ChangeRequestProcess.Vars;

/**
 * Starts the change request that fixes the problem, requested by whoever investigated it, as a normal change for
 * EGI; the problem then waits for that change's conclusion ({@link ChangeConclusionListener}).
 */
@Component("requestFixChangeDelegate")
class RequestFixChangeDelegate implements JavaDelegate {

  static final String CHANGE_PROCESS_INSTANCE_ID = "changeProcessInstanceId";

  private final RuntimeService runtimeService;
  private final ProblemRecords problems;

  RequestFixChangeDelegate(RuntimeService runtimeService, ProblemRecords problems) {
    this.runtimeService = runtimeService;
    this.problems = problems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String problemKey = Variables.text(execution, PROBLEM_KEY);
    Map<String, Object> change = new HashMap<>();
    change.put(Vars.TOOL_KEY, Variables.text(execution, TOOL_KEY));
    change.put(Vars.TITLE, Variables.text(execution, CHANGE_TITLE));
    change.put(Vars.DESCRIPTION, Variables.text(execution, CHANGE_DESCRIPTION) + "\n\nFixes problem " + problemKey
        + ". Known error: " + Variables.text(execution, KNOWN_ERROR));
    change.put(Vars.CUSTOMER, ChangeRequestProcess.Values.EGI);
    change.put(Vars.REQUESTED_TYPE, ChangeRequestProcess.Values.NORMAL);
    change.put(Vars.SECURITY_VULNERABILITY, false);
    change.put(Vars.REQUESTER, Variables.text(execution, INVESTIGATED_BY));
    ProcessInstance started = runtimeService.startProcessInstanceByKey(ChangeRequestProcess.PROCESS_KEY, change);
    execution.setVariable(CHANGE_PROCESS_INSTANCE_ID, started.getId());
    execution.setVariable(CHANGE_KEY, started.getBusinessKey());
    problems.awaitingChange(problemKey, started.getBusinessKey());
  }
}
