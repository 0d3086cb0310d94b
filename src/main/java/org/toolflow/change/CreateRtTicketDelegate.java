package org.toolflow.change;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeRequestProcess.Vars;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.rt.RtTicket;
import org.toolflow.integration.rt.RtTicketRequest;
import org.toolflow.integration.rt.RtTickets;

/**
 * Records the change in RT (status New), in the queue category of its tool, with its default priority; a change
 * taken in from RT already has its ticket.
 */
@Component
class CreateRtTicketDelegate implements JavaDelegate {

  private final RtTickets rt;
  private final ChangeRecords records;
  private final ChangeTools tools;
  private final ChangePeople people;
  private final ChangeProperties settings;

  CreateRtTicketDelegate(RtTickets rt, ChangeRecords records, ChangeTools tools, ChangePeople people,
      ChangeProperties settings) {
    this.rt = rt;
    this.records = records;
    this.tools = tools;
    this.people = people;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChangeRecord change = records.get(execution.getProcessBusinessKey());
    if (change.rtTicketId() != null) {
      // Filed in RT by the requester: the change keeps that ticket, and no second one is created.
      execution.setVariable(Vars.RT_TICKET_ID, change.rtTicketId());
      return;
    }
    ChangeTool tool = tools.find(change.toolKey()).orElseThrow();
    String category = tool.rtCategory() == null ? tool.name() : tool.rtCategory();
    RtTicketRequest request = new RtTicketRequest(settings.rtQueue(), ChangeTexts.subject(change),
        ChangeTexts.ticketContent(change), people.emailOf(change.requester()).orElse(null), change.priority(),
        Map.of(settings.rtCategoryField(), category));
    RtTicket ticket = rt.create(ActionContext.of(execution), request);
    records.linkRtTicket(change.key(), ticket.id());
    execution.setVariable(Vars.RT_TICKET_ID, ticket.id());
  }
}
