package org.toolflow.incident;

import static org.toolflow.incident.IncidentNames.*;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.toolflow.integration.helpdesk.HelpdeskTicket;
import org.toolflow.integration.helpdesk.HelpdeskTickets;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;
import org.toolflow.tools.ToolStatus;

/**
 * Takes new GGUS tickets of every ACTIVE tool's support unit from the EGI Helpdesk and starts one incident per
 * ticket, with the ticket id as business key. A ticket already taken is skipped; two nodes polling at once are kept
 * apart by the incidents table's key, so each ticket becomes one incident.
 */
@Component
public class HelpdeskIncidentPoll {

  private static final Logger LOG = LoggerFactory.getLogger(HelpdeskIncidentPoll.class);

  private final ToolRegistry registry;
  private final HelpdeskTickets helpdesk;
  private final IncidentRecords incidents;
  private final RuntimeService runtimeService;
  private final Clock clock;

  HelpdeskIncidentPoll(ToolRegistry registry, HelpdeskTickets helpdesk, IncidentRecords incidents,
      RuntimeService runtimeService, Clock clock) {
    this.registry = registry;
    this.helpdesk = helpdesk;
    this.incidents = incidents;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** One poll; answers how many incidents it started. */
  public int pollOnce() {
    int started = 0;
    for (Tool tool : registry.listByStatus(ToolStatus.ACTIVE)) {
      if (tool.ggusSupportUnit() == null || tool.ggusSupportUnit().isBlank()) {
        continue;
      }
      List<HelpdeskTicket> tickets;
      try {
        tickets = helpdesk.search(newTicketsOf(tool.ggusSupportUnit()));
      } catch (RuntimeException unavailable) {
        LOG.warn("EGI Helpdesk search for {} failed; trying again on the next poll: {}", tool.key(), unavailable.getMessage());
        continue;
      }
      for (HelpdeskTicket ticket : tickets) {
        if (take(tool, ticket)) {
          started++;
        }
      }
    }
    return started;
  }

  static String newTicketsOf(String supportUnit) {
    return "group.name:\"" + supportUnit.replace("\"", "\\\"") + "\" AND state.name:new";
  }

  private boolean take(Tool tool, HelpdeskTicket ticket) {
    if (incidents.exists(ticket.id())) {
      return false;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(TICKET_ID, ticket.id());
    variables.put(TICKET_NUMBER, ticket.number() == null ? ticket.id() : ticket.number());
    variables.put(TOOL_KEY, tool.key());
    variables.put(PRIORITY, IncidentPriority.parse(ticket.priority()).orElse(IncidentPriority.LESS_URGENT).label());
    variables.put(TITLE, ticket.title() == null || ticket.title().isBlank() ? "(no title)" : ticket.title());
    variables.put(SOURCE, SOURCE_HELPDESK);
    variables.put(REPORTED_AT, Date.from(clock.instant()));
    try {
      runtimeService.startProcessInstanceByKey(INCIDENT, ticket.id(), variables);
      LOG.info("Incident started for helpdesk ticket {} ({}) of {}", ticket.number(), ticket.id(), tool.key());
      return true;
    } catch (DuplicateKeyException takenByAnotherNode) {
      LOG.info("Helpdesk ticket {} was taken by another node", ticket.id());
      return false;
    } catch (RuntimeException refused) {
      // One bad ticket must not stop the others; it is tried again on the next poll.
      LOG.warn("Helpdesk ticket {} of {} could not start an incident: {}", ticket.id(), tool.key(), refused.getMessage());
      return false;
    }
  }
}
