package org.toolflow.change;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On the approval tasks: the requester of a change can neither take (claim, be assigned, be delegated) nor complete
 * its approval, whichever client asks. The requester comes from the change record, which no task form can change.
 */
@Component
class SegregationOfDutiesListener implements TaskListener {

  private final ChangeRecords records;
  private final ChangePeople people;

  SegregationOfDutiesListener(ChangeRecords records, ChangePeople people) {
    this.records = records;
    this.people = people;
  }

  @Override
  public void notify(DelegateTask task) {
    String changeKey = task.getExecution().getProcessBusinessKey();
    String requester = records.get(changeKey).requester();
    if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      refuseIfRequester(people.currentUser().orElse(null), requester, changeKey, task);
    }
    refuseIfRequester(task.getAssignee(), requester, changeKey, task);
  }

  private static void refuseIfRequester(String userId, String requester, String changeKey, DelegateTask task) {
    if (userId != null && userId.equals(requester)) {
      throw new AuthorizationException("Segregation of duties: '" + userId + "' requested change " + changeKey
          + " and cannot take or complete '" + task.getName() + "'; another approver of the group must do it");
    }
  }
}
