package org.toolflow.incident;

import static org.toolflow.incident.IncidentRecords.instant;
import static org.toolflow.incident.IncidentRecords.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Problems and their known errors. */
@Repository
public class ProblemRecords {

  private static final String PROBLEM_COLUMNS = "problem_key, tool_key, category, reason, summary, related_tickets, "
      + "status, operations_ticket_id, change_key, opened_at, closed_at, process_instance_id";
  private static final String KNOWN_ERROR_COLUMNS = "id, problem_key, tool_key, category, description, root_cause, "
      + "workaround, status, recorded_by, recorded_at, resolved_at";

  private final JdbcClient jdbc;
  private final Clock clock;

  ProblemRecords(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records a new problem and answers its key, PRB-&lt;number&gt;. */
  String open(String toolKey, String category, String reason, String summary, List<String> relatedTickets,
      String processInstanceId) {
    KeyHolder keys = new GeneratedKeyHolder();
    String provisional = "PRB-new-" + processInstanceId;
    jdbc.sql("INSERT INTO problems (problem_key, tool_key, category, reason, summary, related_tickets, status, opened_at, "
            + "process_instance_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(provisional, toolKey, category, reason, summary, String.join(",", relatedTickets), ProblemRecord.OPEN,
            utc(clock.instant()), processInstanceId)
        .update(keys, "id");
    String problemKey = "PRB-" + keys.getKey().longValue();
    jdbc.sql("UPDATE problems SET problem_key = ? WHERE problem_key = ?").params(problemKey, provisional).update();
    return problemKey;
  }

  public Optional<ProblemRecord> find(String problemKey) {
    return jdbc.sql("SELECT " + PROBLEM_COLUMNS + " FROM problems WHERE problem_key = ?").param(problemKey)
        .query(ProblemRecords::toProblem).optional();
  }

  void ticketOpened(String problemKey, String operationsTicketId) {
    jdbc.sql("UPDATE problems SET operations_ticket_id = ? WHERE problem_key = ?")
        .params(operationsTicketId, problemKey).update();
  }

  void awaitingChange(String problemKey, String changeKey) {
    jdbc.sql("UPDATE problems SET status = ?, change_key = ? WHERE problem_key = ?")
        .params(ProblemRecord.AWAITING_CHANGE, changeKey, problemKey).update();
  }

  void close(String problemKey, Instant at) {
    jdbc.sql("UPDATE problems SET status = ?, closed_at = ? WHERE problem_key = ?")
        .params(ProblemRecord.CLOSED, utc(at), problemKey).update();
    jdbc.sql("UPDATE known_errors SET status = ?, resolved_at = ? WHERE problem_key = ? AND status = ?")
        .params(KnownError.RESOLVED, utc(at), problemKey, KnownError.OPEN).update();
  }

  /** A problem investigated again (its change was rejected) replaces its open known error. */
  void recordKnownError(String problemKey, String description, String rootCause, String workaround, String recordedBy) {
    ProblemRecord problem = find(problemKey).orElseThrow(() -> new IllegalStateException("no problem " + problemKey));
    jdbc.sql("UPDATE known_errors SET status = ? WHERE problem_key = ? AND status = ?")
        .params(KnownError.SUPERSEDED, problemKey, KnownError.OPEN).update();
    jdbc.sql("INSERT INTO known_errors (problem_key, tool_key, category, description, root_cause, workaround, status, "
            + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(problemKey, problem.toolKey(), problem.category(), description, rootCause, workaround, KnownError.OPEN,
            recordedBy, utc(clock.instant()))
        .update();
  }

  /** Known errors, newest first; {@code toolKey} and {@code status} narrow the list when given. */
  public List<KnownError> knownErrors(String toolKey, String status, int page, int size) {
    StringBuilder sql = new StringBuilder("SELECT " + KNOWN_ERROR_COLUMNS + " FROM known_errors WHERE 1 = 1");
    List<Object> params = new java.util.ArrayList<>();
    if (toolKey != null) {
      sql.append(" AND tool_key = ?");
      params.add(toolKey);
    }
    if (status != null) {
      sql.append(" AND status = ?");
      params.add(status);
    }
    sql.append(" ORDER BY recorded_at DESC, id DESC LIMIT ? OFFSET ?");
    params.add(size);
    params.add(page * size);
    return jdbc.sql(sql.toString()).params(params).query(ProblemRecords::toKnownError).list();
  }

  private static ProblemRecord toProblem(ResultSet rs, int row) throws SQLException {
    String related = rs.getString("related_tickets");
    return new ProblemRecord(rs.getString("problem_key"), rs.getString("tool_key"), rs.getString("category"),
        rs.getString("reason"), rs.getString("summary"),
        related == null || related.isEmpty() ? List.of() : Arrays.asList(related.split(",")), rs.getString("status"),
        rs.getString("operations_ticket_id"), rs.getString("change_key"), instant(rs, "opened_at"),
        instant(rs, "closed_at"), rs.getString("process_instance_id"));
  }

  private static KnownError toKnownError(ResultSet rs, int row) throws SQLException {
    return new KnownError(rs.getLong("id"), rs.getString("problem_key"), rs.getString("tool_key"),
        rs.getString("category"), rs.getString("description"), rs.getString("root_cause"), rs.getString("workaround"),
        rs.getString("status"), rs.getString("recorded_by"), instant(rs, "recorded_at"), instant(rs, "resolved_at"));
  }
}
