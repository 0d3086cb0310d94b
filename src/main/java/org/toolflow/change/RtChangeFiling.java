package org.toolflow.change;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeRequestProcess.Vars;
import org.toolflow.system.web.InvalidInputException;

/**
 * Files a change request for an RT ticket, with that ticket as its RT ticket. The requester is the ToolFlow user
 * with the requestor's e-mail address, or else the address itself, reached through replies on the ticket.
 */
@Component
class RtChangeFiling {

  static final String REQUESTED_TYPE = ChangeRequestProcess.Values.NORMAL;

  private final RuntimeService runtimeService;
  private final ChangeRequestValidator validator;
  private final ChangePeople people;

  RtChangeFiling(RuntimeService runtimeService, ChangeRequestValidator validator, ChangePeople people) {
    this.runtimeService = runtimeService;
    this.validator = validator;
    this.people = people;
  }

  /** The start variables, or empty when the change process would refuse them (then a person completes them). */
  Optional<Map<String, Object>> request(String ticketId, String toolKey, String title, String description,
      String requester) {
    Map<String, Object> request = new HashMap<>();
    request.put(Vars.TOOL_KEY, toolKey);
    request.put(Vars.TITLE, title);
    request.put(Vars.DESCRIPTION, description);
    request.put(Vars.REQUESTED_TYPE, REQUESTED_TYPE);
    request.put(Vars.REQUESTER, requester);
    request.put(Vars.RT_TICKET_ID, ticketId);
    try {
      validator.validate(request);
    } catch (InvalidInputException refused) {
      return Optional.empty();
    }
    return Optional.of(request);
  }

  /** The ToolFlow user with this address, or the address itself when there is none. */
  String requesterFor(String email) {
    return people.userWithEmail(email).orElse(email);
  }

  ProcessInstance file(Map<String, Object> request) {
    return runtimeService.startProcessInstanceByKey(ChangeRequestProcess.PROCESS_KEY, request);
  }
}
