package org.toolflow.audit;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.toolflow.integration.journal.ActionJournal;
import org.toolflow.integration.journal.JournalEntry;

/** The outside calls of an instance, read from the action journal in one indexed query. */
@Component
class JournalOutsideCalls implements OutsideCalls {

  // More calls than one instance ever makes; the journal query is by process instance, so the limit only guards.
  static final int LIMIT = 10_000;

  private final ActionJournal journal;

  JournalOutsideCalls(ActionJournal journal) {
    this.journal = journal;
  }

  @Override
  public List<OutsideCall> of(String processInstanceId) {
    return journal.find(processInstanceId, null, 0, LIMIT).stream()
        .sorted(Comparator.comparingLong(JournalEntry::id))
        .map(JournalOutsideCalls::call).toList();
  }

  private static OutsideCall call(JournalEntry entry) {
    return new OutsideCall(entry.actedAt() == null ? null : entry.actedAt().toInstant(), entry.activityId(),
        entry.system(), entry.operation(), entry.target(), entry.answer(), entry.dryRun());
  }
}
