package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.toolflow.release.ReleaseProcess.Values;
import org.toolflow.security.ToolGroups;
import org.toolflow.system.forms.FormChecks;
import org.toolflow.system.forms.FormValues;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;
import org.toolflow.tools.ToolStatus;

/** What a new release must meet, whether it comes from the start form, the engine REST API or ToolFlow's API. */
@Component
class ReleaseStartRules {

  static final Pattern VERSION_FORMAT = Pattern.compile("^[0-9A-Za-z][0-9A-Za-z.+_~-]{0,63}$");
  private static final int MAX_LISTED = 20;

  private final ToolRegistry registry;
  private final ReleaseChanges changes;
  private final ReleaseRecords records;
  private final ReleaseRules rules;
  private final ReleasePlanner planner;
  private final Clock clock;

  ReleaseStartRules(ToolRegistry registry, ReleaseChanges changes, ReleaseRecords records, ReleaseRules rules,
      ReleasePlanner planner, Clock clock) {
    this.registry = registry;
    this.changes = changes;
    this.records = records;
    this.rules = rules;
    this.planner = planner;
    this.clock = clock;
  }

  /** Every problem at once, field by field; throws when one is found. {@code mayPlan}: is the caller in the team? */
  ReleaseStart check(Map<String, Object> values, Predicate<Tool> mayPlan) {
    FormChecks checks = FormChecks.of(values);
    FormValues in = new FormValues(values, checks, planner.zone());
    checks.field(TOOL_KEY).required().maxLength(64);
    String toolKey = in.text(TOOL_KEY);
    Optional<Tool> tool = Optional.ofNullable(toolKey).flatMap(registry::find)
        .filter(t -> t.status() == ToolStatus.ACTIVE);
    if (toolKey != null) {
      checks.rule(TOOL_KEY, tool.isPresent(), "no ACTIVE tool '" + toolKey + "' in the registry; active tools: "
          + listed(registry.listByStatus(ToolStatus.ACTIVE).stream().map(Tool::key).toList()));
    }
    tool.ifPresent(t -> checks.rule(TOOL_KEY, mayPlan.test(t), "releases of '" + t.key() + "' are planned by "
        + "members of its team, " + ToolGroups.team(t.key())));
    checks.field(VERSION).required().matches(VERSION_FORMAT, "a version such as 2.4.0 or 2.4.0-rc1 (letters, digits, "
        + ". + _ ~ -, up to 64 characters)");
    String version = in.text(VERSION);
    if (tool.isPresent() && version != null) {
      checks.rule(VERSION, !records.versionTaken(toolKey, version), "tool '" + toolKey + "' already has a release "
          + version + "; give the new release its own version");
    }
    checks.field(KIND).required().oneOf(Values.KINDS);
    // List.of(...).contains(null) throws: an absent kind is a field problem, reported by the check above.
    String kind = in.text(KIND) != null && Values.KINDS.contains(in.text(KIND)) ? in.text(KIND) : null;
    LocalDate plannedDate = in.date(PLANNED_DATE, true);
    Boolean umd = in.bool(UMD_DISTRIBUTION, tool.map(Tool::umdDistribution).orElse(false));
    Boolean highImpact = in.bool(HIGH_IMPACT, false);
    Boolean highRisk = in.bool(HIGH_RISK, false);
    List<String> changeKeys = in.list(CHANGE_KEYS);
    if (tool.isPresent() && changeKeys != null) {
      changes.checkReleasable(toolKey, changeKeys, null, checks);
    }
    if (kind != null && plannedDate != null) {
      Instant now = clock.instant();
      PlanCheck plan = planner.check(kind, rules.planRules(kind), plannedDate, now, now);
      checks.rule(PLANNED_DATE, plan.holds(), plan.message());
    }
    checks.orReject();
    return new ReleaseStart(tool.orElseThrow(), version, changeKeys, kind, plannedDate, umd, highImpact, highRisk);
  }

  static String listed(List<String> values) {
    if (values.isEmpty()) {
      return "(none)";
    }
    List<String> shown = values.size() > MAX_LISTED ? values.subList(0, MAX_LISTED) : values;
    return String.join(", ", shown) + (values.size() > MAX_LISTED ? ", …" : "");
  }
}
