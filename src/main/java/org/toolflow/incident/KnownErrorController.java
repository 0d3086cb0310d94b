package org.toolflow.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.toolflow.system.web.FieldProblem;
import org.toolflow.system.web.InvalidInputException;
import org.toolflow.system.web.PageRequest;

/** The known-error records (FitSM PR10), readable by every authenticated user: workarounds help everyone. */
@RestController
class KnownErrorController {

  private static final Set<String> STATUSES = Set.of(KnownError.OPEN, KnownError.RESOLVED, KnownError.SUPERSEDED);

  private final ProblemRecords problems;

  KnownErrorController(ProblemRecords problems) {
    this.problems = problems;
  }

  @GetMapping("/api/known-errors")
  List<KnownError> knownErrors(@RequestParam(required = false) String toolKey,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    if (status != null && !STATUSES.contains(status)) {
      throw new InvalidInputException(List.of(new FieldProblem("status", "must be one of OPEN, RESOLVED, SUPERSEDED")));
    }
    List<FieldProblem> wrong = new ArrayList<>();
    PageRequest.of(page, size, wrong);
    if (!wrong.isEmpty()) {
      throw new InvalidInputException(wrong);
    }
    return problems.knownErrors(toolKey, status, page, size);
  }
}
