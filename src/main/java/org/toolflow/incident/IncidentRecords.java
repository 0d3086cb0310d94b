package org.toolflow.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The incidents table: one row per helpdesk ticket, which is what makes taking a ticket twice impossible. */
@Repository
public class IncidentRecords {

  private static final String COLUMNS = "ticket_id, ticket_number, tool_key, category, priority, quality_of_support, "
      + "title, source, status, security_related, reported_at, response_due, resolution_due, responded_at, closed_at, "
      + "response_breached, resolution_breached, problem_key, process_instance_id";

  private final JdbcClient jdbc;

  IncidentRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Fails with a DuplicateKeyException when the ticket is already an incident. */
  void insert(IncidentRecord incident) {
    jdbc.sql("INSERT INTO incidents (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(incident.ticketId(), incident.ticketNumber(), incident.toolKey(), incident.category(),
            incident.priority(), incident.qualityOfSupport(), incident.title(), incident.source(), incident.status(),
            incident.securityRelated(), utc(incident.reportedAt()), utc(incident.responseDue()),
            utc(incident.resolutionDue()), utc(incident.respondedAt()), utc(incident.closedAt()),
            incident.responseBreached(), incident.resolutionBreached(), incident.problemKey(),
            incident.processInstanceId())
        .update();
  }

  public boolean exists(String ticketId) {
    return jdbc.sql("SELECT COUNT(*) FROM incidents WHERE ticket_id = ?").param(ticketId).query(Long.class).single() > 0;
  }

  public Optional<IncidentRecord> find(String ticketId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM incidents WHERE ticket_id = ?").param(ticketId)
        .query(IncidentRecords::toRecord).optional();
  }

  void responded(String ticketId, String category, boolean securityRelated, Instant at) {
    jdbc.sql("UPDATE incidents SET status = ?, category = ?, security_related = ?, responded_at = ? WHERE ticket_id = ?")
        .params(IncidentRecord.RESPONDED, category, securityRelated, utc(at), ticketId).update();
  }

  void closed(String ticketId, String status, Instant at) {
    jdbc.sql("UPDATE incidents SET status = ?, closed_at = ? WHERE ticket_id = ?")
        .params(status, utc(at), ticketId).update();
  }

  void breached(String ticketId, String target) {
    String column = "response".equals(target) ? "response_breached" : "resolution_breached";
    jdbc.sql("UPDATE incidents SET " + column + " = TRUE WHERE ticket_id = ?").param(ticketId).update();
  }

  void escalatedTo(String problemKey, List<String> ticketIds) {
    for (String ticketId : ticketIds) {
      jdbc.sql("UPDATE incidents SET problem_key = ? WHERE ticket_id = ? AND problem_key IS NULL")
          .params(problemKey, ticketId).update();
    }
  }

  /** Tickets of one tool and category reported since {@code since} and not yet part of a problem, oldest first. */
  List<String> recentWithoutProblem(String toolKey, String category, Instant since) {
    return jdbc.sql("SELECT ticket_id FROM incidents WHERE tool_key = ? AND category = ? AND reported_at >= ? "
            + "AND problem_key IS NULL ORDER BY reported_at, ticket_id")
        .params(toolKey, category, utc(since)).query(String.class).list();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static IncidentRecord toRecord(ResultSet rs, int row) throws SQLException {
    return new IncidentRecord(rs.getString("ticket_id"), rs.getString("ticket_number"), rs.getString("tool_key"),
        rs.getString("category"), rs.getString("priority"), rs.getString("quality_of_support"), rs.getString("title"),
        rs.getString("source"), rs.getString("status"), rs.getBoolean("security_related"), instant(rs, "reported_at"),
        instant(rs, "response_due"), instant(rs, "resolution_due"), instant(rs, "responded_at"),
        instant(rs, "closed_at"), rs.getBoolean("response_breached"), rs.getBoolean("resolution_breached"),
        rs.getString("problem_key"), rs.getString("process_instance_id"));
  }
}
