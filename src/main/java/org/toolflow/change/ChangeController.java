package org.toolflow.change;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.toolflow.system.web.FieldProblem;
import org.toolflow.system.web.InvalidInputException;
import org.toolflow.system.web.PageRequest;

/**
 * Change requests over HTTP. Filing and hold/resume start the same processes the Tasklist forms start, as the
 * authenticated user, so the same checks apply; reads come from the change records.
 */
@RestController
@RequestMapping("/api/changes")
class ChangeController {

  private final RuntimeService runtimeService;
  private final ChangeRecords records;

  ChangeController(RuntimeService runtimeService, ChangeRecords records) {
    this.runtimeService = runtimeService;
    this.records = records;
  }

  /** Body: toolKey, title, description, customer, requestedType, securityVulnerability, standardChange, intendedDeploymentDate. */
  @PostMapping
  ResponseEntity<ChangeView> file(@RequestBody Map<String, Object> body) {
    // The start listener's refusal reaches this caller as itself (system.web.ListenerRefusals).
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(ChangeRequestProcess.PROCESS_KEY,
        scalars(body));
    ChangeView change = ChangeView.of(records.get(instance.getBusinessKey()));
    return ResponseEntity.created(URI.create("/api/changes/" + change.key())).body(change);
  }

  @GetMapping
  List<ChangeView> list(@RequestParam(required = false) String toolKey, @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    List<FieldProblem> problems = new ArrayList<>();
    ChangeStatus wanted = null;
    if (status != null) {
      wanted = Arrays.stream(ChangeStatus.values()).filter(s -> s.name().equalsIgnoreCase(status)
          || s.label().equalsIgnoreCase(status)).findFirst().orElse(null);
      if (wanted == null) {
        problems.add(new FieldProblem("status", "one of " + Arrays.toString(ChangeStatus.values())));
      }
    }
    PageRequest paging = PageRequest.of(page, size, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return records.list(toolKey, wanted, paging.firstRow(), paging.size()).stream().map(ChangeView::of).toList();
  }

  /** FitSM PR12: the approved changes and their intended deployment dates, for every authenticated user. */
  @GetMapping("/schedule")
  List<ChangeView> schedule() {
    return records.schedule().stream().map(ChangeView::of).toList();
  }

  @GetMapping("/{key}")
  ChangeView get(@PathVariable String key) {
    return ChangeView.of(records.get(key), records.history(key));
  }

  /** Body: {@code {"reason": "..."}}. */
  @PostMapping("/{key}/hold")
  ChangeView hold(@PathVariable String key, @RequestBody(required = false) Map<String, Object> body) {
    return holdOrResume(key, ChangeHolds.HOLD, body);
  }

  /** Body (optional): {@code {"reason": "..."}}. */
  @PostMapping("/{key}/resume")
  ChangeView resume(@PathVariable String key, @RequestBody(required = false) Map<String, Object> body) {
    return holdOrResume(key, ChangeHolds.RESUME, body);
  }

  private ChangeView holdOrResume(String key, String action, Map<String, Object> body) {
    records.get(key);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(ChangeHoldProcess.Vars.CHANGE_KEY, key);
    variables.put(ChangeHoldProcess.Vars.HOLD_ACTION, action);
    Object reason = body == null ? null : body.get("reason");
    if (reason != null && !(reason instanceof String)) {
      throw new InvalidInputException(List.of(new FieldProblem("reason", "must be text")));
    }
    variables.put(ChangeHoldProcess.Vars.HOLD_REASON, reason);
    runtimeService.startProcessInstanceByKey(ChangeHoldProcess.PROCESS_KEY, key, variables);
    return ChangeView.of(records.get(key), records.history(key));
  }

  // Only plain values become variables; anything else is a field problem, not a serialisation error.
  private static Map<String, Object> scalars(Map<String, Object> body) {
    if (body == null) {
      throw new InvalidInputException(List.of(new FieldProblem("body", "a JSON object with the change request")));
    }
    List<FieldProblem> problems = new ArrayList<>();
    body.forEach((field, value) -> {
      if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
        problems.add(new FieldProblem(field, "must be text, a number or true/false"));
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new LinkedHashMap<>(body);
  }
}
