package org.toolflow.integration.journal;

import java.time.OffsetDateTime;

/** One row of the external action journal: what was asked of which system, what it answered, for whom. */
public record JournalEntry(long id, String system, String operation, String target, String request, String answer,
    String idempotencyKey, boolean dryRun, String processInstanceId, String activityId, OffsetDateTime actedAt) {
}
