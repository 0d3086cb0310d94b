package org.toolflow.integration.rt;

import java.util.List;
import org.toolflow.integration.ActionContext;

/** The EGI RT tracker: change request tickets, their status and priority, comments and replies; new tickets read. */
public interface RtTickets {

  RtTicket create(ActionContext context, RtTicketRequest request);

  /** Sets status and, when not null, priority (0 None … 4 Immediate, RT's numbers). */
  void update(ActionContext context, String ticketId, RtStatus status, Integer priority);

  void comment(ActionContext context, String ticketId, String text);

  /** A reply on the ticket, which RT mails to its requestors. */
  void correspond(ActionContext context, String ticketId, String text);

  /** The ids of the queue's tickets in status New (as the queue's lifecycle names it), lowest first; none in a dry run. */
  List<String> newTicketIds(String queue);

  RtIncomingTicket get(String ticketId);
}
