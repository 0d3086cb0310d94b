package org.toolflow.change;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeRequestProcess.Vars;
import org.toolflow.system.web.FieldProblem;
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
      Vars.REQUESTER);

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
      throw ChangeInputRejected.of(unknown.iterator().next(), "not a field of a change request; allowed: "
          + String.join(", ", new TreeSet<>(START_FIELDS)));
    }
    String requester = requester(submitted);
    ChangeRequestInput input;
    try {
      input = validator.validate(submitted);
    } catch (InvalidInputException e) {
      throw ChangeInputRejected.of(e.problems());
    }
    ChangeRecord record = records.create(input, requester, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(record.key());
    execution.setVariables(variablesOf(record, input));
  }

  // The authenticated caller is the requester whatever the request says; internal starts name one explicitly.
  private String requester(Map<String, Object> submitted) {
    String requester = people.currentUser().orElse(submitted.get(Vars.REQUESTER) instanceof String s ? s : null);
    if (requester == null || !people.exists(requester)) {
      throw ChangeInputRejected.of(Vars.REQUESTER, "the requester must be a ToolFlow user (got " + requester + ")");
    }
    if (people.emailOf(requester).isEmpty()) {
      throw ChangeInputRejected.of(List.of(new FieldProblem(Vars.REQUESTER, "user '" + requester
          + "' has no e-mail address; add one to the profile so that the decision can be sent")));
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
    variables.put(Vars.TOOL_TEAM_GROUP, input.tool().teamGroup());
    variables.put(Vars.OTAG_GROUP, input.tool().otagGroup());
    variables.put(Vars.STATUS, ChangeStatus.NEW.name());
    return variables;
  }
}
