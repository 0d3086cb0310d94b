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
