package org.toolflow.incident.maintenance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The maintenance windows ToolFlow was told about; the OMB's monthly broadcast draft lists the coming ones. */
@Repository
public class MaintenanceWindows {

  /** One window as recorded. */
  public record MaintenanceWindow(String key, String toolKey, String hostname, String classification, String severity,
      String description, Instant startsAt, Instant endsAt, String gocdbDowntimeId, String status) {
  }

  static final String ANNOUNCED = "ANNOUNCED";
  static final String DECLARED = "DECLARED";
  static final String ENDED = "ENDED";

  private final JdbcClient jdbc;
  private final Clock clock;

  MaintenanceWindows(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  String record(String toolKey, String hostname, String classification, String severity, String description,
      Instant startsAt, Instant endsAt, String processInstanceId) {
    String provisional = "MW-new-" + processInstanceId;
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO maintenance_windows (window_key, tool_key, hostname, classification, severity, description, "
            + "starts_at, ends_at, declared_at, status, process_instance_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(provisional, toolKey, hostname, classification, severity, description, utc(startsAt), utc(endsAt),
            utc(clock.instant()), ANNOUNCED, processInstanceId)
        .update(keys, "id");
    String key = "MW-" + keys.getKey().longValue();
    jdbc.sql("UPDATE maintenance_windows SET window_key = ? WHERE window_key = ?").params(key, provisional).update();
    return key;
  }

  void declared(String key, String classification, String severity, Instant startsAt, Instant endsAt, String gocdbId) {
    jdbc.sql("UPDATE maintenance_windows SET classification = ?, severity = ?, starts_at = ?, ends_at = ?, "
            + "gocdb_downtime_id = ?, status = ? WHERE window_key = ?")
        .params(classification, severity, utc(startsAt), utc(endsAt), gocdbId, DECLARED, key).update();
  }

  void ended(String key) {
    jdbc.sql("UPDATE maintenance_windows SET status = ? WHERE window_key = ?").params(ENDED, key).update();
  }

  /** Windows that are not over and start before {@code until}, soonest first. */
  public List<MaintenanceWindow> comingBefore(Instant now, Instant until) {
    return jdbc.sql("SELECT window_key, tool_key, hostname, classification, severity, description, starts_at, ends_at, "
            + "gocdb_downtime_id, status FROM maintenance_windows WHERE ends_at > ? AND starts_at < ? AND status <> ? "
            + "ORDER BY starts_at, window_key")
        .params(utc(now), utc(until), ENDED).query(MaintenanceWindows::toWindow).list();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static MaintenanceWindow toWindow(ResultSet rs, int row) throws SQLException {
    return new MaintenanceWindow(rs.getString("window_key"), rs.getString("tool_key"), rs.getString("hostname"),
        rs.getString("classification"), rs.getString("severity"), rs.getString("description"),
        rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
        rs.getObject("ends_at", OffsetDateTime.class).toInstant(), rs.getString("gocdb_downtime_id"),
        rs.getString("status"));
  }
}
