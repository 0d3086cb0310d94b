package org.toolflow.integration.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.toolflow.system.web.CurrentUser;
import org.toolflow.system.web.FieldProblem;
import org.toolflow.system.web.InvalidInputException;
import org.toolflow.system.web.PageRequest;

/**
 * Reading the external action journal. Operators, auditors and administrators read all of it; anyone else
 * reads the entries of one process instance they are allowed to see.
 */
@RestController
class JournalController {

  static final Set<String> SYSTEMS = Set.of("rt", "helpdesk", "gocdb", "wiki", "mail", "forge");
  private static final Set<String> READERS_OF_EVERYTHING = Set.of("camunda-admin", "egi-operations", "auditors");

  private final ActionJournal journal;
  private final CurrentUser currentUser;
  private final HistoryService historyService;

  JournalController(ActionJournal journal, CurrentUser currentUser, HistoryService historyService) {
    this.journal = journal;
    this.currentUser = currentUser;
    this.historyService = historyService;
  }

  @GetMapping("/api/journal")
  JournalPage journal(@RequestParam(required = false) String processInstanceId,
      @RequestParam(required = false) String system,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    List<FieldProblem> problems = new ArrayList<>();
    PageRequest paging = PageRequest.of(page, size, problems);
    String pi = blankToNull(processInstanceId);
    String sys = blankToNull(system);
    if (sys != null && !SYSTEMS.contains(sys)) {
      problems.add(new FieldProblem("system", "one of " + String.join(", ", SYSTEMS.stream().sorted().toList())));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    checkAccess(pi);
    return new JournalPage(paging.page(), paging.size(), journal.count(pi, sys),
        journal.find(pi, sys, paging.page(), paging.size()));
  }

  private void checkAccess(String processInstanceId) {
    if (currentUser.groupIds().stream().anyMatch(READERS_OF_EVERYTHING::contains)) {
      return;
    }
    // The query runs under the caller's authentication, so it finds the instance only if they may read it.
    boolean readable = processInstanceId != null
        && historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
    if (!readable) {
      throw new AuthorizationException(currentUser.id(),
          "read the journal (give processInstanceId of a process you may read)", "ProcessInstance",
          String.valueOf(processInstanceId));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** One page of the journal, newest first. */
  record JournalPage(int page, int size, long total, List<JournalEntry> entries) {
  }
}
