package org.toolflow.change;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.toolflow.change.ChangeIntakeProcess.Vars;
import org.toolflow.integration.rt.RtIncomingTicket;
import org.toolflow.integration.rt.RtTickets;

/**
 * Takes the new tickets of the RT change queue ({@code toolflow.change.rt-queue}) and starts one change request per
 * ticket, with that ticket as its RT ticket. The tool comes from the ticket's category custom field and the
 * requester from its requestor; when either is unknown, EGI Operations completes the request first. A ticket is
 * claimed in {@code rt_change_intake} in the transaction that starts its process, so it is taken once, also by two
 * nodes polling at once.
 */
@Component
public class RtChangeIntake {

  private static final Logger LOG = LoggerFactory.getLogger(RtChangeIntake.class);

  private final RtTickets rt;
  private final RtIntakes intakes;
  private final ChangeTools tools;
  private final ChangePeople people;
  private final RtChangeFiling filing;
  private final ChangeProperties settings;
  private final RuntimeService runtimeService;
  private final TransactionTemplate transaction;

  RtChangeIntake(RtTickets rt, RtIntakes intakes, ChangeTools tools, ChangePeople people, RtChangeFiling filing,
      ChangeProperties settings, RuntimeService runtimeService, PlatformTransactionManager transactionManager) {
    this.rt = rt;
    this.intakes = intakes;
    this.tools = tools;
    this.people = people;
    this.filing = filing;
    this.settings = settings;
    this.runtimeService = runtimeService;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** One poll; answers how many tickets it took in. */
  public int pollOnce() {
    List<String> ids;
    try {
      ids = rt.newTicketIds(settings.rtQueue());
    } catch (RuntimeException unavailable) {
      LOG.warn("RT search of queue {} failed; trying again on the next poll: {}", settings.rtQueue(),
          unavailable.getMessage());
      return 0;
    }
    Set<String> taken = intakes.takenOf(ids);
    int started = 0;
    for (String id : ids) {
      if (!taken.contains(id) && take(id)) {
        started++;
      }
    }
    return started;
  }

  private boolean take(String ticketId) {
    try {
      RtIncomingTicket ticket = rt.get(ticketId);
      String processKey = transaction.execute(status -> start(ticket));
      LOG.info("RT ticket {} taken in: {} started", ticketId, processKey);
      return true;
    } catch (DataIntegrityViolationException takenByAnotherNode) {
      LOG.info("RT ticket {} was taken by another node", ticketId);
      return false;
    } catch (RuntimeException refused) {
      // One bad ticket must not stop the others; nothing was written, so it is tried again on the next poll.
      LOG.warn("RT ticket {} could not be taken in: {}", ticketId, refused.getMessage());
      return false;
    }
  }

  private String start(RtIncomingTicket ticket) {
    String category = ticket.customFields().get(settings.rtCategoryField());
    Optional<ChangeTool> tool = tools.activeWithRtCategory(category);
    Optional<String> requester = Optional.ofNullable(ticket.requestor()).flatMap(people::userWithEmail);
    String description = "Filed in RT as ticket #" + ticket.id() + " by " + ticket.requestor()
        + "; the request is written in the ticket.";
    Optional<Map<String, Object>> request = tool.isPresent() && requester.isPresent()
        ? filing.request(ticket.id(), tool.get().key(), title(ticket), description, requester.get())
        : Optional.empty();
    if (request.isPresent()) {
      intakes.take(ticket.id(), ChangeRequestProcess.PROCESS_KEY);
      intakes.started(ticket.id(), filing.file(request.get()).getId());
      return ChangeRequestProcess.PROCESS_KEY;
    }
    intakes.take(ticket.id(), ChangeIntakeProcess.PROCESS_KEY);
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.RT_TICKET_ID, ticket.id());
    variables.put(Vars.TITLE, title(ticket));
    variables.put(Vars.DESCRIPTION, description);
    variables.put(Vars.RT_CATEGORY, category);
    variables.put(Vars.TOOL_KEY, tool.map(ChangeTool::key).orElse(null));
    variables.put(Vars.REQUESTER_EMAIL, ticket.requestor());
    variables.put(Vars.MISSING, missing(category, tool, ticket.requestor(), requester));
    intakes.started(ticket.id(), runtimeService.startProcessInstanceByKey(ChangeIntakeProcess.PROCESS_KEY,
        ChangeIntakeProcess.BUSINESS_KEY_PREFIX + ticket.id(), variables).getId());
    return ChangeIntakeProcess.PROCESS_KEY;
  }

  private static String title(RtIncomingTicket ticket) {
    String subject = ticket.subject() == null || ticket.subject().isBlank() ? "(no subject)" : ticket.subject().trim();
    return subject.length() > 200 ? subject.substring(0, 200) : subject;
  }

  // What EGI Operations reads on the task: why ToolFlow could not file the request itself.
  private static String missing(String category, Optional<ChangeTool> tool, String requestor,
      Optional<String> requester) {
    StringBuilder why = new StringBuilder();
    if (tool.isEmpty()) {
      why.append("No ACTIVE tool has the RT category '").append(category).append("'. ");
    }
    if (requester.isEmpty()) {
      why.append("No ToolFlow user has the requestor's e-mail address '").append(requestor).append("'. ");
    }
    if (why.isEmpty()) {
      why.append("The change request process refused the ticket as it is. ");
    }
    return why.toString().trim();
  }
}
