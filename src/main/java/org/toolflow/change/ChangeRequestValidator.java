package org.toolflow.change;

import static org.toolflow.change.ChangeRequestProcess.Values.EGI;
import static org.toolflow.change.ChangeRequestProcess.Values.STANDARD;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeRequestProcess.Vars;
import org.toolflow.system.web.FieldProblem;
import org.toolflow.system.web.InvalidInputException;

/** The rules a new change request must meet, whether it comes from the API, a form or another process. */
@Component
class ChangeRequestValidator {

  static final List<String> REQUESTED_TYPES = List.of("standard", "normal", "emergency");
  private static final int MAX_LISTED = 20;

  private final ChangeTools tools;
  private final StandardChanges standardChanges;
  private final Clock clock;

  ChangeRequestValidator(ChangeTools tools, StandardChanges standardChanges, Clock clock) {
    this.tools = tools;
    this.standardChanges = standardChanges;
    this.clock = clock;
  }

  /** Every problem at once, field by field; nothing is created when one is found. */
  ChangeRequestInput validate(Map<String, ?> values) {
    FormValues in = new FormValues(values);
    List<FieldProblem> problems = new ArrayList<>();

    String toolKey = in.requiredText(Vars.TOOL_KEY, 64, problems);
    Optional<ChangeTool> tool = toolKey == null ? Optional.empty() : tools.active(toolKey);
    if (toolKey != null && tool.isEmpty()) {
      problems.add(new FieldProblem(Vars.TOOL_KEY, "no ACTIVE tool '" + toolKey + "' in the registry; active tools: "
          + listed(tools.activeKeys())));
    }
    String title = in.requiredText(Vars.TITLE, 200, problems);
    String description = in.requiredText(Vars.DESCRIPTION, 8000, problems);
    String customer = Optional.ofNullable(in.optionalText(Vars.CUSTOMER, 200, problems)).orElse(EGI);
    String requestedType = in.choice(Vars.REQUESTED_TYPE, REQUESTED_TYPES, true, problems);
    Boolean security = in.optionalBoolean(Vars.SECURITY_VULNERABILITY, problems);
    String standardChange = in.optionalText(Vars.STANDARD_CHANGE, 64, problems);
    if (STANDARD.equals(requestedType) && tool.isPresent()) {
      standardChange = checkStandardChange(tool.get(), standardChange, problems);
    } else if (!STANDARD.equals(requestedType)) {
      standardChange = null;
    }
    var intendedDate = in.optionalDate(Vars.INTENDED_DEPLOYMENT_DATE, FormValues.today(clock), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ChangeRequestInput(tool.orElseThrow(), title, description, customer, requestedType,
        Boolean.TRUE.equals(security), standardChange, intendedDate);
  }

  private String checkStandardChange(ChangeTool tool, String code, List<FieldProblem> problems) {
    List<String> codes = standardChanges.codesOf(tool.key());
    if (codes.isEmpty()) {
      problems.add(new FieldProblem(Vars.REQUESTED_TYPE, "tool '" + tool.key()
          + "' defines no standard changes; request a normal change"));
    } else if (code == null) {
      problems.add(new FieldProblem(Vars.STANDARD_CHANGE, "required for a standard change: one of " + listed(codes)));
    } else if (!codes.contains(code)) {
      problems.add(new FieldProblem(Vars.STANDARD_CHANGE, "'" + code + "' is not a standard change of tool '"
          + tool.key() + "'; one of " + listed(codes)));
    }
    return code;
  }

  private static String listed(List<String> values) {
    if (values.isEmpty()) {
      return "(none)";
    }
    List<String> shown = values.size() > MAX_LISTED ? values.subList(0, MAX_LISTED) : values;
    return String.join(", ", shown) + (values.size() > MAX_LISTED ? ", …" : "");
  }
}
