package org.toolflow.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.toolflow.system.web.FieldProblem;
import org.toolflow.system.web.InvalidInputException;

/** The audit history API that the Cockpit plugin reads, and that auditors can export from. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final InstanceSearch search;
  private final AuditTrail trail;
  private final RepositoryService repositoryService;

  AuditController(InstanceSearch search, AuditTrail trail, RepositoryService repositoryService) {
    this.search = search;
    this.trail = trail;
    this.repositoryService = repositoryService;
  }

  @GetMapping("/process-instances")
  InstanceSearch.Page search(@RequestParam(required = false) String process,
      @RequestParam(required = false) String businessKey, @RequestParam(required = false) String toolKey,
      @RequestParam(required = false) String startedFrom, @RequestParam(required = false) String startedTo,
      @RequestParam(required = false) String finishedFrom, @RequestParam(required = false) String finishedTo,
      @RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = SearchCriteria.DEFAULT_SIZE) int size) {
    return search.search(SearchCriteria.parse(process, businessKey, toolKey, startedFrom, startedTo, finishedFrom,
        finishedTo, state, page, size));
  }

  @GetMapping("/process-instances/{id}")
  ResponseEntity<?> trail(@PathVariable String id, @RequestParam(required = false) String format) {
    if (format == null || format.equals("json")) {
      return ResponseEntity.ok(trail.of(id));
    }
    if (!format.equals("csv")) {
      throw new InvalidInputException(List.of(new FieldProblem("format", "json or csv, not '" + format + "'")));
    }
    Trail found = trail.of(id);
    String name = "audit-" + (found.instance().businessKey() == null ? id : found.instance().businessKey()) + ".csv";
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .body(TrailCsv.write(found));
  }

  /** The processes the caller may see, for the search form's choice. */
  @GetMapping("/processes")
  List<Map<String, String>> processes() {
    return repositoryService.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc()
        .unlimitedList()
        .stream().map(d -> Map.of("key", d.getKey(), "name", d.getName() == null ? d.getKey() : d.getName())).toList();
  }
}
