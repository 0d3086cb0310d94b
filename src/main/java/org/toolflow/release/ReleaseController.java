package org.toolflow.release;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.toolflow.release.ReleaseProcess.Vars;
import org.toolflow.system.process.JsonList;
import org.toolflow.system.web.FieldProblem;
import org.toolflow.system.web.InvalidInputException;
import org.toolflow.system.web.PageRequest;

/**
 * Releases over HTTP. Planning one starts the same process the Tasklist start form starts, as the authenticated
 * user, so the same checks and OMB rules apply; reads come from the release records.
 */
@RestController
@RequestMapping("/api/releases")
class ReleaseController {

  private final RuntimeService runtimeService;
  private final ReleaseRecords records;

  ReleaseController(RuntimeService runtimeService, ReleaseRecords records) {
    this.runtimeService = runtimeService;
    this.records = records;
  }

  /** Body: toolKey, version, kind, plannedDate, changeKeys (array), umdDistribution, highImpact, highRisk. */
  @PostMapping
  ResponseEntity<ReleaseView> plan(@RequestBody(required = false) Map<String, Object> body) {
    // The start listener's refusal reaches this caller as itself (system.web.ListenerRefusals).
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(ReleaseProcess.PROCESS_KEY, variables(body));
    ReleaseRecord release = records.get(instance.getBusinessKey());
    return ResponseEntity.created(URI.create("/api/releases/" + release.key()))
        .body(ReleaseView.of(release, records.changesOf(release.key()), records.reports(release.key())));
  }

  /** The releases planned from {@code plannedFrom} to {@code plannedTo} (both included, yyyy-MM-dd), soonest first. */
  @GetMapping
  List<ReleaseView> list(@RequestParam(required = false) String plannedFrom,
      @RequestParam(required = false) String plannedTo, @RequestParam(required = false) String toolKey,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate from = date("plannedFrom", plannedFrom, problems);
    LocalDate to = date("plannedTo", plannedTo, problems);
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(new FieldProblem("plannedTo", "must not be before plannedFrom (" + from + ")"));
    }
    PageRequest paging = PageRequest.of(page, size, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return records.list(from, to, toolKey, paging.firstRow(), paging.size()).stream().map(ReleaseView::summary).toList();
  }

  @GetMapping("/{key}")
  ReleaseView get(@PathVariable String key) {
    return ReleaseView.of(records.get(key), records.changesOf(key), records.reports(key));
  }

  // Plain values become variables; a list of change keys becomes the JSON list the forms use.
  private static Map<String, Object> variables(Map<String, Object> body) {
    if (body == null) {
      throw new InvalidInputException(List.of(new FieldProblem("body", "a JSON object with the release plan")));
    }
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Object> variables = new LinkedHashMap<>();
    body.forEach((field, value) -> {
      if (Vars.CHANGE_KEYS.equals(field) && value instanceof Collection<?> list) {
        if (list.stream().allMatch(String.class::isInstance)) {
          variables.put(field, JsonList.of(list));
        } else {
          problems.add(new FieldProblem(field, "must be a list of change keys, e.g. [\"CHG-1\",\"CHG-2\"]"));
        }
      } else if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
        variables.put(field, value);
      } else {
        problems.add(new FieldProblem(field, "must be text, a number or true/false"));
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return variables;
  }

  private static LocalDate date(String field, String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "a date as yyyy-MM-dd (got '" + value + "')"));
      return null;
    }
  }
}
