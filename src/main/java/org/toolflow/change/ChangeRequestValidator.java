package org.toolflow.change;

import static org.toolflow.change.ChangeRequestProcess.Values.EGI;
import static org.toolflow.change.ChangeRequestProcess.Values.STANDARD;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeRequestProcess.Vars;
import org.toolflow.system.forms.FormChecks;
import org.toolflow.system.forms.FormValues;

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
    FormChecks checks = FormChecks.of(values);
    FormValues in = new FormValues(values, checks);

    String toolKey = in.requiredText(Vars.TOOL_KEY, 64);
    Optional<ChangeTool> tool = toolKey == null ? Optional.empty() : tools.active(toolKey);
    if (toolKey != null && tool.isEmpty()) {
      checks.rule(Vars.TOOL_KEY, false, "no ACTIVE tool '" + toolKey + "' in the registry; active tools: "
          + listed(tools.activeKeys()));
    }
    String title = in.requiredText(Vars.TITLE, 200);
    String description = in.requiredText(Vars.DESCRIPTION, 8000);
    String customer = Optional.ofNullable(in.text(Vars.CUSTOMER, 200)).orElse(EGI);
    String requestedType = in.choice(Vars.REQUESTED_TYPE, REQUESTED_TYPES, true);
    Boolean security = in.bool(Vars.SECURITY_VULNERABILITY);
    String standardChange = in.text(Vars.STANDARD_CHANGE, 64);
    if (STANDARD.equals(requestedType) && tool.isPresent()) {
      standardChange = checkStandardChange(tool.get(), standardChange, checks);
    } else if (!STANDARD.equals(requestedType)) {
      standardChange = null;
    }
    var intendedDate = in.date(Vars.INTENDED_DEPLOYMENT_DATE, today(clock));
    checks.orReject();
    return new ChangeRequestInput(tool.orElseThrow(), title, description, customer, requestedType,
        Boolean.TRUE.equals(security), standardChange, intendedDate);
  }

  private String checkStandardChange(ChangeTool tool, String code, FormChecks checks) {
    List<String> codes = standardChanges.codesOf(tool.key());
    if (codes.isEmpty()) {
      checks.rule(Vars.REQUESTED_TYPE, false, "tool '" + tool.key()
          + "' defines no standard changes; request a normal change");
    } else if (code == null) {
      checks.rule(Vars.STANDARD_CHANGE, false, "is required for a standard change: one of " + listed(codes));
    } else if (!codes.contains(code)) {
      checks.rule(Vars.STANDARD_CHANGE, false, "'" + code + "' is not a standard change of tool '"
          + tool.key() + "'; one of " + listed(codes));
    }
    return code;
  }

  /** Change dates are calendar days in UTC, whatever the server's zone. */
  static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static String listed(List<String> values) {
    if (values.isEmpty()) {
      return "(none)";
    }
    List<String> shown = values.size() > MAX_LISTED ? values.subList(0, MAX_LISTED) : values;
    return String.join(", ", shown) + (values.size() > MAX_LISTED ? ", …" : "");
  }
}
