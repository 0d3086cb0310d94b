package org.toolflow.audit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The outside call of the test-only audit probe: fails while the instance says the outside system is down. */
@Component("auditProbeOutsideCall")
class AuditProbeOutsideCall implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    if (Boolean.TRUE.equals(execution.getVariable("outsideDown"))) {
      throw new IllegalStateException("outside system answered 503 Service Unavailable");
    }
    execution.setVariable("outsideTicket", "T-" + execution.getProcessInstanceId().hashCode());
  }
}
