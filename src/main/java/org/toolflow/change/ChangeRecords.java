package org.toolflow.change;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The change records (table {@code change_record}) and their status timeline. Writes join the engine's
 * transaction, so a rolled-back process step leaves the record as it was.
 */
@Repository
public class ChangeRecords {

  static final String KEY_PREFIX = "CHG-";

  private static final String COLUMNS = "change_key, process_instance_id, tool_key, title, description, customer, "
      + "requester, requested_type, security_vulnerability, standard_change, change_class, priority, status, "
      + "status_before_hold, rt_ticket_id, intended_deployment_date, decision_reason, release_reference, created_at, "
      + "updated_at";
  // A resolved change stays holdable while its review week runs; the caller checks the process still runs.
  private static final String HOLDABLE_STATUSES = "('NEW','ACCEPTED','IN_PROGRESS','RESOLVED')";

  private final JdbcClient jdbc;
  private final Clock clock;

  ChangeRecords(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** How many changes stand in each status, every status present (zero when none): one query for the metrics. */
  public Map<ChangeStatus, Long> countByStatus() {
    Map<ChangeStatus, Long> counts = new EnumMap<>(ChangeStatus.class);
    for (ChangeStatus status : ChangeStatus.values()) {
      counts.put(status, 0L);
    }
    jdbc.sql("SELECT status, COUNT(*) AS n FROM change_record WHERE change_key IS NOT NULL GROUP BY status")
        .query((ResultSet rs) -> {
          counts.put(ChangeStatus.valueOf(rs.getString("status")), rs.getLong("n"));
        });
    return counts;
  }

  /** Records a new change with status New and gives it its key. */
  ChangeRecord create(ChangeRequestInput input, String requester, String processInstanceId) {
    Timestamp now = now();
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO change_record (process_instance_id, tool_key, title, description, customer, requester, "
            + "requested_type, security_vulnerability, standard_change, status, intended_deployment_date, created_at, "
            + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(processInstanceId, input.tool().key(), input.title(), input.description(), input.customer(), requester,
            input.requestedType(), input.securityVulnerability(), input.standardChange(), ChangeStatus.NEW.name(),
            input.intendedDeploymentDate(), now, now)
        .update(keys, "id");
    long id = keys.getKey().longValue();
    String key = KEY_PREFIX + id;
    jdbc.sql("UPDATE change_record SET change_key = ? WHERE id = ?").params(key, id).update();
    addHistory(key, ChangeStatus.NEW, requester, "requested");
    return get(key);
  }

  public Optional<ChangeRecord> find(String key) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM change_record WHERE change_key = ?").param(key)
        .query(ChangeRecords::toRecord).optional();
  }

  public ChangeRecord get(String key) {
    return find(key).orElseThrow(() -> new NoSuchElementException("no change request " + key));
  }

  /** Newest first; either filter may be null. */
  public List<ChangeRecord> list(String toolKey, ChangeStatus status, int first, int max) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM change_record WHERE change_key IS NOT NULL");
    List<Object> args = new ArrayList<>();
    if (toolKey != null) {
      sql.append(" AND tool_key = ?");
      args.add(toolKey);
    }
    if (status != null) {
      sql.append(" AND status = ?");
      args.add(status.name());
    }
    sql.append(" ORDER BY id DESC OFFSET ").append(first).append(" ROWS FETCH NEXT ").append(max).append(" ROWS ONLY");
    return jdbc.sql(sql.toString()).params(args).query(ChangeRecords::toRecord).list();
  }

  /** FitSM PR12: approved changes not yet released (also while on hold), soonest intended deployment first. */
  public List<ChangeRecord> schedule() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM change_record WHERE status IN ('ACCEPTED','IN_PROGRESS') "
            + "OR (status = 'STALLED' AND status_before_hold IN ('ACCEPTED','IN_PROGRESS')) "
            + "ORDER BY CASE WHEN intended_deployment_date IS NULL THEN 1 ELSE 0 END, intended_deployment_date, id")
        .query(ChangeRecords::toRecord).list();
  }

  /** The changes of a tool a release can carry: approved and being implemented. */
  public List<ChangeRecord> inProgressOf(String toolKey) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM change_record WHERE tool_key = ? AND status IN "
            + "('ACCEPTED','IN_PROGRESS') ORDER BY id")
        .param(toolKey).query(ChangeRecords::toRecord).list();
  }

  /** The changes a person may still put on hold or resume, newest first: the choice of "Hold or resume a change". */
  public List<ChangeRecord> holdableOrHeld() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM change_record WHERE status IN " + HOLDABLE_STATUSES
            + " OR status = 'STALLED' ORDER BY id DESC FETCH FIRST 500 ROWS ONLY")
        .query(ChangeRecords::toRecord).list();
  }

  /** The changes of a tool still open: neither rejected nor resolved. */
  List<ChangeRecord> openOf(String toolKey) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM change_record WHERE tool_key = ? AND status IN "
            + "('NEW','ACCEPTED','IN_PROGRESS','STALLED') ORDER BY id")
        .param(toolKey).query(ChangeRecords::toRecord).list();
  }

  public List<ChangeRecord> byProcessInstances(Collection<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return List.of();
    }
    String marks = String.join(",", processInstanceIds.stream().map(id -> "?").toList());
    return jdbc.sql("SELECT " + COLUMNS + " FROM change_record WHERE process_instance_id IN (" + marks + ") "
            + "ORDER BY id")
        .params(List.copyOf(processInstanceIds)).query(ChangeRecords::toRecord).list();
  }

  public List<ChangeStatusChange> history(String key) {
    return jdbc.sql("SELECT status, changed_at, changed_by, note FROM change_status_history WHERE change_key = ? "
            + "ORDER BY id")
        .param(key).query((rs, i) -> new ChangeStatusChange(ChangeStatus.valueOf(rs.getString("status")),
            instant(rs, "changed_at"), rs.getString("changed_by"), rs.getString("note")))
        .list();
  }

  /** The release process sets the date a planned release will deploy the change. */
  public void planDeployment(String key, LocalDate date) {
    requireUpdated(jdbc.sql("UPDATE change_record SET intended_deployment_date = ?, updated_at = ? "
        + "WHERE change_key = ?").params(date, now(), key).update(), key);
  }

  void classify(String key, String changeClass, Integer priority) {
    requireUpdated(jdbc.sql("UPDATE change_record SET change_class = ?, priority = ?, updated_at = ? "
        + "WHERE change_key = ?").params(changeClass, priority, now(), key).update(), key);
  }

  void linkRtTicket(String key, String ticketId) {
    requireUpdated(jdbc.sql("UPDATE change_record SET rt_ticket_id = ?, updated_at = ? WHERE change_key = ?")
        .params(ticketId, now(), key).update(), key);
  }

  /** The outcome of the assessment and approvals: priority, planned date, reason of a rejection. */
  void recordDecision(String key, Integer priority, LocalDate intendedDate, String reason) {
    requireUpdated(jdbc.sql("UPDATE change_record SET priority = COALESCE(?, priority), "
        + "intended_deployment_date = COALESCE(?, intended_deployment_date), decision_reason = ?, updated_at = ? "
        + "WHERE change_key = ?").params(priority, intendedDate, reason, now(), key).update(), key);
  }

  void recordRelease(String key, String releaseReference) {
    requireUpdated(jdbc.sql("UPDATE change_record SET release_reference = ?, updated_at = ? WHERE change_key = ?")
        .params(releaseReference, now(), key).update(), key);
  }

  void changeStatus(String key, ChangeStatus status, String by, String note) {
    requireUpdated(jdbc.sql("UPDATE change_record SET status = ?, updated_at = ? WHERE change_key = ?")
        .params(status.name(), now(), key).update(), key);
    addHistory(key, status, by, note);
  }

  /** Stalled, remembering the status to restore; only a change that is neither rejected nor already on hold. */
  void hold(String key, String by, String reason) {
    int updated = jdbc.sql("UPDATE change_record SET status_before_hold = status, status = 'STALLED', "
            + "updated_at = ? WHERE change_key = ? AND status IN " + HOLDABLE_STATUSES)
        .params(now(), key).update();
    if (updated != 1) {
      throw new IllegalStateException("change " + key + " is rejected or already on hold");
    }
    addHistory(key, ChangeStatus.STALLED, by, reason);
  }

  /** Back to the status it had when it was put on hold. */
  ChangeStatus resume(String key, String by, String note) {
    ChangeRecord record = get(key);
    if (!record.onHold() || record.statusBeforeHold() == null) {
      throw new IllegalStateException("change " + key + " is not on hold");
    }
    jdbc.sql("UPDATE change_record SET status = status_before_hold, status_before_hold = NULL, updated_at = ? "
        + "WHERE change_key = ?").params(now(), key).update();
    addHistory(key, record.statusBeforeHold(), by, note);
    return record.statusBeforeHold();
  }

  private void addHistory(String key, ChangeStatus status, String by, String note) {
    jdbc.sql("INSERT INTO change_status_history (change_key, status, changed_at, changed_by, note) "
        + "VALUES (?, ?, ?, ?, ?)").params(key, status.name(), now(), by, note).update();
  }

  private static void requireUpdated(int rows, String key) {
    if (rows != 1) {
      throw new NoSuchElementException("no change request " + key);
    }
  }

  // The engine clock, so that records and process history agree (and tests can move time).
  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static ChangeRecord toRecord(ResultSet rs, int row) throws SQLException {
    return new ChangeRecord(rs.getString("change_key"), rs.getString("process_instance_id"), rs.getString("tool_key"),
        rs.getString("title"), rs.getString("description"), rs.getString("customer"), rs.getString("requester"),
        rs.getString("requested_type"), rs.getBoolean("security_vulnerability"), rs.getString("standard_change"),
        rs.getString("change_class"), rs.getObject("priority", Integer.class),
        ChangeStatus.valueOf(rs.getString("status")), status(rs.getString("status_before_hold")),
        rs.getString("rt_ticket_id"), rs.getObject("intended_deployment_date", LocalDate.class),
        rs.getString("decision_reason"), rs.getString("release_reference"), instant(rs, "created_at"),
        instant(rs, "updated_at"));
  }

  private static ChangeStatus status(String name) {
    return name == null ? null : ChangeStatus.valueOf(name);
  }
}
