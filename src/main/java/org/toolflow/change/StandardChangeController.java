package org.toolflow.change;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.toolflow.system.forms.FormChecks;
import org.toolflow.system.forms.FormValues;
import org.toolflow.system.web.CurrentUser;
import org.toolflow.system.web.FieldProblem;
import org.toolflow.system.web.InvalidInputException;

/**
 * A tool's list of standard changes: read by everyone (requesters pick from it), replaced by the tool's team,
 * EGI Operations or an administrator.
 */
@RestController
@RequestMapping("/api/changes/standard-changes")
class StandardChangeController {

  static final String CODE_PATTERN = "[a-z0-9][a-z0-9._-]{0,63}";

  private final StandardChanges standardChanges;
  private final ChangeTools tools;
  private final CurrentUser currentUser;

  StandardChangeController(StandardChanges standardChanges, ChangeTools tools, CurrentUser currentUser) {
    this.standardChanges = standardChanges;
    this.tools = tools;
    this.currentUser = currentUser;
  }

  @GetMapping("/{toolKey}")
  List<StandardChange> list(@PathVariable String toolKey) {
    requireTool(toolKey);
    return standardChanges.of(toolKey);
  }

  /** Body: {@code [{"code": "...", "title": "...", "description": "..."}]}, the whole list. */
  @PutMapping("/{toolKey}")
  List<StandardChange> replace(@PathVariable String toolKey, @RequestBody List<Map<String, Object>> body) {
    ChangeTool tool = requireTool(toolKey);
    List<String> groups = currentUser.groupIds();
    if (!groups.contains(tool.teamGroup()) && !groups.contains(ChangeHolds.EGI_OPERATIONS)
        && !groups.contains(Groups.CAMUNDA_ADMIN)) {
      throw new AuthorizationException("only " + tool.teamGroup() + ", " + ChangeHolds.EGI_OPERATIONS
          + " and administrators keep the standard changes of " + toolKey);
    }
    List<StandardChange> changes = parse(body);
    standardChanges.replace(toolKey, changes, currentUser.id());
    return standardChanges.of(toolKey);
  }

  private ChangeTool requireTool(String toolKey) {
    return tools.active(toolKey).orElseThrow(() -> new NoSuchElementException("no ACTIVE tool " + toolKey));
  }

  private static List<StandardChange> parse(List<Map<String, Object>> body) {
    List<FieldProblem> problems = new ArrayList<>();
    List<StandardChange> changes = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < body.size(); i++) {
      String at = "[" + i + "].";
      Map<String, Object> item = body.get(i) == null ? Map.of() : body.get(i);
      FormChecks own = FormChecks.of(item);
      FormValues in = new FormValues(item, own);
      String code = in.requiredText("code", 64);
      if (code != null && !code.matches(CODE_PATTERN)) {
        own.rule("code", false, "must be lower-case letters, digits, '.', '_' and '-' (got '" + code + "')");
      } else if (code != null && !codes.add(code)) {
        own.rule("code", false, "must be unique: '" + code + "' appears twice");
      }
      String title = in.requiredText("title", 200);
      String description = in.text("description", 2000);
      own.problems().forEach(p -> problems.add(new FieldProblem(at + p.field(), p.message())));
      changes.add(new StandardChange(code, title, description));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return changes;
  }
}
