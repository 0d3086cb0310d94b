package org.toolflow.integration.rt;

import org.toolflow.integration.ActionContext;

/** The EGI RT tracker: change request tickets, their status and priority, comments. */
public interface RtTickets {

  RtTicket create(ActionContext context, RtTicketRequest request);

  /** Sets status and, when not null, priority (0 None … 4 Immediate, RT's numbers). */
  void update(ActionContext context, String ticketId, RtStatus status, Integer priority);

  void comment(ActionContext context, String ticketId, String text);
}
