package org.toolflow.incident;

import static org.toolflow.incident.IncidentNames.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.helpdesk.HelpdeskTickets;

/** Marks every related GGUS ticket as a child of the problem's Operations ticket, each link once. */
@Component("linkRelatedTicketsDelegate")
class LinkRelatedTicketsDelegate implements JavaDelegate {

  private final HelpdeskTickets helpdesk;

  LinkRelatedTicketsDelegate(HelpdeskTickets helpdesk) {
    this.helpdesk = helpdesk;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String parent = Variables.text(execution, OPERATIONS_TICKET_ID);
    String related = Variables.textOrEmpty(execution, RELATED_TICKETS);
    if (related.isEmpty()) {
      return;
    }
    ActionContext context = ActionContext.of(execution);
    for (String child : related.split(",")) {
      // One idempotency key per link: a retry after the third link must not redo the first two.
      helpdesk.linkChild(new ActionContext(context.processInstanceId(), context.activityId(),
          context.idempotencyKey() + "/" + child), parent, child);
    }
  }
}
