package org.toolflow.integration.rt;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.journal.Journaling;
import org.toolflow.integration.journal.OutsideAction;

/** The one {@link RtTickets}: journaled and idempotent; live when RT is configured, otherwise a dry run. */
class JournaledRtTickets implements RtTickets {

  static final String SYSTEM = "rt";

  private final RtRestTickets live;
  private final Journaling journaling;
  private final RtStatusNames statusNames;

  /** {@code live} null means dry-run. */
  JournaledRtTickets(RtRestTickets live, Journaling journaling, RtStatusNames statusNames) {
    this.live = live;
    this.journaling = journaling;
    this.statusNames = statusNames;
  }

  @Override
  public RtTicket create(ActionContext context, RtTicketRequest request) {
    OutsideAction action = action(context, "create-ticket", "queue " + request.queue(),
        RtRestTickets.createBody(request, context.remoteMark()));
    return journaling.perform(action, RtTicket.class,
        () -> live == null ? new RtTicket(journaling.dryRunId(), true) : live.create(context, request),
        () -> live == null ? Optional.empty() : live.findCreated(context, request));
  }

  @Override
  public void update(ActionContext context, String ticketId, RtStatus status, Integer priority) {
    OutsideAction action = action(context, "update-ticket", "ticket " + ticketId, RtRestTickets.updateBody(statusNames.of(status), priority));
    journaling.perform(action, () -> {
      if (live != null) {
        live.update(context, ticketId, status, priority);
      }
    });
  }

  @Override
  public void comment(ActionContext context, String ticketId, String text) {
    OutsideAction action = action(context, "comment", "ticket " + ticketId, RtRestTickets.commentBody(text));
    journaling.perform(action, () -> {
      if (live != null) {
        live.comment(context, ticketId, text);
      }
    });
  }

  @Override
  public void correspond(ActionContext context, String ticketId, String text) {
    OutsideAction action = action(context, "correspond", "ticket " + ticketId, RtRestTickets.commentBody(text));
    journaling.perform(action, () -> {
      if (live != null) {
        live.correspond(context, ticketId, text);
      }
    });
  }

  // A dry run has no RT to read: nothing is taken in, and nothing is journaled every poll.
  @Override
  public List<String> newTicketIds(String queue) {
    if (live == null) {
      return List.of();
    }
    String ticketSql = RtRestTickets.newTicketsQuery(queue, statusNames);
    OutsideAction action = action(ActionContext.ofRunningStep(), "search-tickets", "query " + ticketSql,
        Map.of("query", ticketSql));
    return journaling.read(action, () -> live.newTicketIds(queue),
        found -> found.size() + " found" + (found.isEmpty() ? "" : ": " + String.join(", ", found)));
  }

  @Override
  public RtIncomingTicket get(String ticketId) {
    if (live == null) {
      throw new IllegalStateException("RT is a dry run (toolflow.rt.base-url is not set): ticket " + ticketId
          + " cannot be read");
    }
    OutsideAction action = action(ActionContext.ofRunningStep(), "get-ticket", "ticket " + ticketId,
        Map.of("id", ticketId));
    return journaling.read(action, () -> live.get(ticketId),
        ticket -> "ticket " + ticket.id() + " of " + ticket.requestor());
  }

  private OutsideAction action(ActionContext context, String operation, String target, Object request) {
    return new OutsideAction(SYSTEM, operation, target, request, live == null, context);
  }
}
