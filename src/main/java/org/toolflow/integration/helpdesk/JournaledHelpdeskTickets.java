package org.toolflow.integration.helpdesk;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.journal.Journaling;
import org.toolflow.integration.journal.OutsideAction;

/** The one {@link HelpdeskTickets}: journaled and idempotent; live when the helpdesk is configured, otherwise a dry run. */
class JournaledHelpdeskTickets implements HelpdeskTickets {

  static final String SYSTEM = "helpdesk";

  private final ZammadTickets live;
  private final Journaling journaling;

  /** {@code live} null means dry-run. */
  JournaledHelpdeskTickets(ZammadTickets live, Journaling journaling) {
    this.live = live;
    this.journaling = journaling;
  }

  @Override
  public HelpdeskTicket create(ActionContext context, HelpdeskTicketRequest request) {
    OutsideAction action = action(context, "create-ticket", "group " + request.group(),
        ZammadTickets.createBody(request, context.remoteMark()));
    return journaling.perform(action, HelpdeskTicket.class, () -> {
      if (live != null) {
        return live.create(context, request);
      }
      String id = journaling.dryRunId();
      return new HelpdeskTicket(id, id, request.title(), request.group(), "new", "2 normal", true);
    }, () -> live == null ? Optional.empty() : live.findCreated(context));
  }

  @Override
  public void addArticle(ActionContext context, String ticketId, String body) {
    OutsideAction action = action(context, "add-article", "ticket " + ticketId, ZammadTickets.articleBody(ticketId, body));
    journaling.perform(action, () -> {
      if (live != null) {
        live.addArticle(context, ticketId, body);
      }
    });
  }

  @Override
  public List<HelpdeskTicket> search(String query) {
    OutsideAction action = action(ActionContext.ofRunningStep(), "search-tickets", "query " + query, Map.of("query", query));
    return journaling.read(action, () -> live == null ? List.of() : live.search(query),
        found -> found.size() + " found" + (found.isEmpty() ? "" : ": "
            + found.stream().map(HelpdeskTicket::number).collect(Collectors.joining(", "))));
  }

  @Override
  public void linkChild(ActionContext context, String parentTicketId, String childTicketId) {
    OutsideAction action = action(context, "link-child", "ticket " + parentTicketId,
        Map.of("parent", parentTicketId, "child", childTicketId, "link_type", "parent"));
    journaling.perform(action, () -> {
      if (live != null) {
        live.linkChild(context, parentTicketId, childTicketId);
      }
    });
  }

  private OutsideAction action(ActionContext context, String operation, String target, Object request) {
    return new OutsideAction(SYSTEM, operation, target, request, live == null, context);
  }
}
