package org.toolflow.change;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeRequestProcess.Vars;
import org.toolflow.system.web.InvalidInputException;

/**
 * On the start event: checks the request (start form, engine REST or ToolFlow's API alike), fixes the requester
 * to the authenticated user, records the change with status New and makes its key the business key.
 */
@Component
class RecordChangeRequestListener implements ExecutionListener {

  /** What a client may send when starting a change; anything else is refused, so no routing variable is forged. */
  static final Set<String> START_FIELDS = Set.of(Vars.TOOL_KEY, Vars.TITLE, Vars.DESCRIPTION, Vars.CUSTOMER,
      Vars.REQUESTED_TYPE, Vars.SECURITY_VULNERABILITY, Vars.STANDARD_CHANGE, Vars.INTENDED_DEPLOYMENT_DATE,
      Vars.REQUESTER, Vars.RT_TICKET_ID);

  private final ChangeRequestValidator validator;
  private final ChangeRecords records;
  private final ChangePeople people;

  RecordChangeRequestListener(ChangeRequestValidator validator, ChangeRecords records, ChangePeople people) {
    this.validator = validator;
    this.records = records;
    this.people = people;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, Object> submitted = new HashMap<>(execution.getVariables());
    Set<String> unknown = new TreeSet<>(submitted.keySet());
    unknown.removeAll(START_FIELDS);
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(unknown.iterator().next(), "not a field of a change request; allowed: "
          + String.join(", ", new TreeSet<>(START_FIELDS)));
    }
    String rtTicketId = rtTicketId(submitted);
    String requester = rtTicketId == null ? requester(submitted) : rtRequester(submitted);
    ChangeRequestInput input;
    input = validator.validate(submitted);
    ChangeRecord record = records.create(input, requester, execution.getProcessInstanceId());
    if (rtTicketId != null) {
      records.linkRtTicket(record.key(), rtTicketId);
    }
    execution.setProcessBusinessKey(record.key());
    execution.setVariables(variablesOf(record, input));
    execution.setVariable(Vars.RT_TICKET_ID, rtTicketId);
  }

  // Only the RT intake names the ticket, never a person: a forged id would write statuses to someone else's ticket.
  private String rtTicketId(Map<String, Object> submitted) {
    Object id = submitted.get(Vars.RT_TICKET_ID);
    if (id == null) {
      return null;
    }
    if (people.currentUser().isPresent()) {
      throw new InvalidInputException(Vars.RT_TICKET_ID, "set only for requests taken in from RT; leave it out");
    }
    if (!(id instanceof String text) || !text.matches("[0-9]{1,18}")) {
      throw new InvalidInputException(Vars.RT_TICKET_ID, "the number of an RT ticket (got " + id + ")");
    }
    return text;
  }

  // A ticket's requestor is a ToolFlow user, or an e-mail address reached through replies on the ticket.
  private String rtRequester(Map<String, Object> submitted) {
    Object requester = submitted.get(Vars.REQUESTER);
    if (requester instanceof String id && (people.exists(id) || id.matches("[^@\\s]+@[^@\\s]+"))) {
      return id;
    }
    throw new InvalidInputException(Vars.REQUESTER, "a ToolFlow user or the requestor's e-mail address (got "
        + requester + ")");
  }

  // The authenticated caller is the requester whatever the request says; internal starts name one explicitly.
  private String requester(Map<String, Object> submitted) {
    String requester = people.currentUser().orElse(submitted.get(Vars.REQUESTER) instanceof String s ? s : null);
    if (requester == null || !people.exists(requester)) {
      throw new InvalidInputException(Vars.REQUESTER, "the requester must be a ToolFlow user (got " + requester + ")");
    }
    if (people.emailOf(requester).isEmpty()) {
      throw new InvalidInputException(Vars.REQUESTER, "user '" + requester
          + "' has no e-mail address; add one to the profile so that the decision can be sent");
    }
    return requester;
  }

  private static Map<String, Object> variablesOf(ChangeRecord record, ChangeRequestInput input) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.CHANGE_KEY, record.key());
    variables.put(Vars.REQUESTER, record.requester());
    variables.put(Vars.TOOL_KEY, input.tool().key());
    variables.put(Vars.TITLE, input.title());
    variables.put(Vars.DESCRIPTION, input.description());
    variables.put(Vars.CUSTOMER, input.customer());
    variables.put(Vars.REQUESTED_TYPE, input.requestedType());
    variables.put(Vars.SECURITY_VULNERABILITY, input.securityVulnerability());
    variables.put(Vars.STANDARD_CHANGE, input.standardChange());
    variables.put(Vars.INTENDED_DEPLOYMENT_DATE,
        input.intendedDeploymentDate() == null ? null : input.intendedDeploymentDate().toString());
    variables.put(Vars.OTHER_CUSTOMER, input.otherCustomer());
    variables.put(Vars.TOOL_HAS_OTAG, input.tool().hasOtag());
    variables.put(Vars.OTAG_GROUP, input.tool().otagGroup());
    variables.put(Vars.STATUS, ChangeStatus.NEW.name());
    return variables;
  }
}
