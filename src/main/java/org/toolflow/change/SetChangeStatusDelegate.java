package org.toolflow.change;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeRequestProcess.Vars;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.rt.RtTickets;

/**
 * One status transition (the task's input {@code newStatus}): the change record, the {@code status} variable and the
 * RT ticket change together; if RT refuses, the job retries and the record stays as it was. A final status is announced
 * as {@link ChangeConcluded} in the same transaction.
 */
@Component
class SetChangeStatusDelegate implements JavaDelegate {

  private final ChangeRecords records;
  private final RtTickets rt;
  private final ApplicationEventPublisher events;

  SetChangeStatusDelegate(ChangeRecords records, RtTickets rt, ApplicationEventPublisher events) {
    this.records = records;
    this.rt = rt;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChangeStatus status = ChangeStatus.valueOf((String) execution.getVariableLocal(Vars.NEW_STATUS));
    String key = execution.getProcessBusinessKey();
    switch (status) {
      case ACCEPTED -> records.recordDecision(key, priority(execution), intendedDate(execution), null);
      case REJECTED -> records.recordDecision(key, priority(execution), null,
          (String) execution.getVariable(Vars.REJECTION_REASON));
      case RESOLVED -> records.recordRelease(key, (String) execution.getVariable(Vars.RELEASE_REFERENCE));
      default -> {
        // nothing but the status itself
      }
    }
    records.changeStatus(key, status, null, (String) execution.getVariableLocal(Vars.STATUS_NOTE));
    execution.setVariable(Vars.STATUS, status.name());
    if (ChangeConcluded.isFinal(status)) {
      events.publishEvent(new ChangeConcluded(execution.getProcessInstanceId(), key, status));
    }
    ChangeRecord change = records.get(key);
    rt.update(ActionContext.of(execution), change.rtTicketId(), status.rt(), change.priority());
  }

  private static Integer priority(DelegateExecution execution) {
    Object priority = execution.getVariable(Vars.PRIORITY);
    return priority instanceof Number number ? number.intValue() : null;
  }

  private static LocalDate intendedDate(DelegateExecution execution) {
    Object date = execution.getVariable(Vars.INTENDED_DEPLOYMENT_DATE);
    return date instanceof String text && !text.isBlank() ? LocalDate.parse(text) : null;
  }
}
