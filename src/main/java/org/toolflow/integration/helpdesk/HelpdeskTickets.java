package org.toolflow.integration.helpdesk;

import java.util.List;
import org.toolflow.integration.ActionContext;

/** The EGI Helpdesk (GGUS, a Zammad system): tickets to support units, articles, search, parent/child links. */
public interface HelpdeskTickets {

  HelpdeskTicket create(ActionContext context, HelpdeskTicketRequest request);

  void addArticle(ActionContext context, String ticketId, String body);

  /** Zammad's search syntax, e.g. {@code group.name:"ToolX" AND state.name:new}. */
  List<HelpdeskTicket> search(String query);

  void linkChild(ActionContext context, String parentTicketId, String childTicketId);
}
