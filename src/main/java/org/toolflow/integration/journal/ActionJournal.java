package org.toolflow.integration.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code action_journal} table. */
@Repository
public class ActionJournal {

  private static final String COLUMNS = "id, system_name, operation, target, request_summary, answer, idempotency_key, "
      + "dry_run, process_instance_id, activity_id, acted_at";

  private final JdbcClient jdbc;
  private final AtomicLong dryRunNumbers = new AtomicLong(-1);

  ActionJournal(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<JournalEntry> findByKey(String system, String idempotencyKey) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM action_journal WHERE system_name = :system AND idempotency_key = :key")
        .param("system", system).param("key", idempotencyKey)
        .query(ActionJournal::entry).optional();
  }

  /** Appends in the caller's transaction; {@link Journaling} gives it one of its own. */
  JournalEntry append(String system, String operation, String target, String request, String answer, String idempotencyKey,
      boolean dryRun, String processInstanceId, String activityId, OffsetDateTime actedAt) {
    jdbc.sql("INSERT INTO action_journal (system_name, operation, target, request_summary, answer, idempotency_key, "
            + "dry_run, process_instance_id, activity_id, acted_at) "
            + "VALUES (:system, :operation, :target, :request, :answer, :key, :dryRun, :pi, :activity, :actedAt)")
        .param("system", system).param("operation", operation).param("target", target).param("request", request)
        .param("answer", answer).param("key", idempotencyKey).param("dryRun", dryRun).param("pi", processInstanceId)
        .param("activity", activityId).param("actedAt", actedAt)
        .update();
    return new JournalEntry(0, system, operation, target, request, answer, idempotencyKey, dryRun, processInstanceId,
        activityId, actedAt);
  }

  /** The intent of a keyed action, committed before the call; its answer stays null until the call answered. */
  long insertIntent(String system, String operation, String target, String request, String idempotencyKey,
      boolean dryRun, String processInstanceId, String activityId, OffsetDateTime intendedAt, String attemptId,
      OffsetDateTime leaseUntil) {
    jdbc.sql("INSERT INTO action_journal (system_name, operation, target, request_summary, idempotency_key, dry_run, "
            + "process_instance_id, activity_id, acted_at, attempt_id, lease_until) VALUES (:system, :operation, "
            + ":target, :request, :key, :dryRun, :pi, :activity, :actedAt, :attempt, :lease)")
        .param("system", system).param("operation", operation).param("target", target).param("request", request)
        .param("key", idempotencyKey).param("dryRun", dryRun).param("pi", processInstanceId)
        .param("activity", activityId).param("actedAt", intendedAt).param("attempt", attemptId)
        .param("lease", leaseUntil)
        .update();
    return findIntent(system, idempotencyKey).orElseThrow().id();
  }

  Optional<Intent> findIntent(String system, String idempotencyKey) {
    return jdbc.sql("SELECT id, answer, attempt_id, lease_until FROM action_journal "
            + "WHERE system_name = :system AND idempotency_key = :key")
        .param("system", system).param("key", idempotencyKey)
        .query((rs, row) -> new Intent(rs.getLong("id"), rs.getString("answer"), rs.getString("attempt_id"),
            rs.getObject("lease_until", OffsetDateTime.class)))
        .optional();
  }

  /** Hands an abandoned intent to a new attempt; false when another attempt got it first. */
  boolean takeOver(long id, String abandonedAttempt, String attemptId, OffsetDateTime leaseUntil) {
    return jdbc.sql("UPDATE action_journal SET attempt_id = :attempt, lease_until = :lease "
            + "WHERE id = :id AND answer IS NULL AND attempt_id = :abandoned")
        .param("attempt", attemptId).param("lease", leaseUntil).param("id", id).param("abandoned", abandonedAttempt)
        .update() == 1;
  }

  /** Ends the lease of an attempt whose call failed: a retry may go on at once, after looking remotely. */
  void release(long id, String attemptId, OffsetDateTime now) {
    jdbc.sql("UPDATE action_journal SET lease_until = :now WHERE id = :id AND answer IS NULL AND attempt_id = :attempt")
        .param("now", now).param("id", id).param("attempt", attemptId)
        .update();
  }

  /** Writes the answer into the intent; false when another attempt answered first. */
  boolean complete(long id, String answer, OffsetDateTime actedAt) {
    return jdbc.sql("UPDATE action_journal SET answer = :answer, acted_at = :actedAt, lease_until = NULL "
            + "WHERE id = :id AND answer IS NULL")
        .param("answer", answer).param("actedAt", actedAt).param("id", id)
        .update() == 1;
  }

  /** Newest first; either filter may be null. */
  public List<JournalEntry> find(String processInstanceId, String system, int page, int size) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM action_journal" + where(processInstanceId, system)
            + " ORDER BY id DESC LIMIT :size OFFSET :offset")
        .param("pi", processInstanceId).param("system", system)
        .param("size", size).param("offset", (long) page * size)
        .query(ActionJournal::entry).list();
  }

  public long count(String processInstanceId, String system) {
    return jdbc.sql("SELECT COUNT(*) FROM action_journal" + where(processInstanceId, system))
        .param("pi", processInstanceId).param("system", system)
        .query(Long.class).single();
  }

  /** Numbers for dry-run identifiers; they continue above every journal row so a restart repeats none. */
  long nextDryRunNumber() {
    if (dryRunNumbers.get() < 0) {
      long highest = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM action_journal").query(Long.class).single();
      dryRunNumbers.compareAndSet(-1, highest);
    }
    return dryRunNumbers.incrementAndGet();
  }

  private static String where(String processInstanceId, String system) {
    StringBuilder where = new StringBuilder();
    if (processInstanceId != null) {
      where.append(" WHERE process_instance_id = :pi");
    }
    if (system != null) {
      where.append(where.isEmpty() ? " WHERE" : " AND").append(" system_name = :system");
    }
    return where.toString();
  }

  private static JournalEntry entry(ResultSet rs, int row) throws SQLException {
    return new JournalEntry(rs.getLong("id"), rs.getString("system_name"), rs.getString("operation"),
        rs.getString("target"), rs.getString("request_summary"), rs.getString("answer"),
        rs.getString("idempotency_key"), rs.getBoolean("dry_run"), rs.getString("process_instance_id"),
        rs.getString("activity_id"), rs.getObject("acted_at", OffsetDateTime.class));
  }
}
