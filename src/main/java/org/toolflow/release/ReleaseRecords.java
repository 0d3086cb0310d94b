package org.toolflow.release;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The release records (table {@code release_record}), the changes each carries and its reports. Writes join the
 * engine's transaction, so a refused form or a rolled-back step leaves the record as it was.
 */
@Repository
public class ReleaseRecords {

  static final String KEY_PREFIX = "REL-";

  private static final String COLUMNS = "release_key, process_instance_id, tool_key, version, kind, planned_date, "
      + "omb_meeting_at, omb_informed_at, omb_informed_date, umd_distribution, high_impact, high_risk, requester, "
      + "status, iteration, release_tag, tag_url, distribution_channel, distribution_url, package_formats, changelog, "
      + "installation_steps, known_issues, documentation_links, test_plan, conformance_info, omb_item, broadcast_text, "
      + "rollback_steps, review_outcome, review_analysis, omb_post_review, omb_post_review_comment, created_at, "
      + "updated_at";
  private static final String OPEN = "('PLANNED','READY','DEPLOYED')";

  private final JdbcClient jdbc;
  private final Clock clock;

  ReleaseRecords(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** How many releases stand in each status, every status present (zero when none): one query for the metrics. */
  public Map<ReleaseStatus, Long> countByStatus() {
    Map<ReleaseStatus, Long> counts = new EnumMap<>(ReleaseStatus.class);
    for (ReleaseStatus status : ReleaseStatus.values()) {
      counts.put(status, 0L);
    }
    jdbc.sql("SELECT status, COUNT(*) AS n FROM release_record WHERE release_key IS NOT NULL GROUP BY status")
        .query((ResultSet rs) -> {
          counts.put(ReleaseStatus.valueOf(rs.getString("status")), rs.getLong("n"));
        });
    return counts;
  }

  /** Records a planned release and gives it its key. */
  ReleaseRecord create(ReleaseStart start, String requester, String processInstanceId) {
    Timestamp now = now();
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO release_record (process_instance_id, tool_key, version, kind, planned_date, "
            + "umd_distribution, high_impact, high_risk, requester, status, iteration, created_at, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")
        .params(processInstanceId, start.tool().key(), start.version(), start.kind(), start.plannedDate(),
            start.umdDistribution(), start.highImpact(), start.highRisk(), requester, ReleaseStatus.PLANNED.name(), now,
            now)
        .update(keys, "id");
    long id = keys.getKey().longValue();
    String key = KEY_PREFIX + id;
    jdbc.sql("UPDATE release_record SET release_key = ? WHERE id = ?").params(key, id).update();
    replaceChanges(key, start.changeKeys());
    return get(key);
  }

  public Optional<ReleaseRecord> find(String key) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM release_record WHERE release_key = ?").param(key)
        .query(ReleaseRecords::toRecord).optional();
  }

  public ReleaseRecord get(String key) {
    return find(key).orElseThrow(() -> new NoSuchElementException("no release " + key));
  }

  /** Soonest planned first; every filter may be null. */
  public List<ReleaseRecord> list(LocalDate plannedFrom, LocalDate plannedTo, String toolKey, int first, int max) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM release_record WHERE release_key IS NOT NULL");
    List<Object> args = new ArrayList<>();
    if (plannedFrom != null) {
      sql.append(" AND planned_date >= ?");
      args.add(plannedFrom);
    }
    if (plannedTo != null) {
      sql.append(" AND planned_date <= ?");
      args.add(plannedTo);
    }
    if (toolKey != null) {
      sql.append(" AND tool_key = ?");
      args.add(toolKey);
    }
    sql.append(" ORDER BY planned_date, id OFFSET ").append(first).append(" ROWS FETCH NEXT ").append(max)
        .append(" ROWS ONLY");
    return jdbc.sql(sql.toString()).params(args).query(ReleaseRecords::toRecord).list();
  }

  /** Planned (major, minor) releases not yet in production whose date falls in the period, soonest first. */
  List<ReleaseRecord> upcomingPlannedBetween(LocalDate from, LocalDate to) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM release_record WHERE kind <> 'emergency' AND status IN "
            + "('PLANNED','READY') AND planned_date >= ? AND planned_date <= ? ORDER BY planned_date, id")
        .params(from, to).query(ReleaseRecords::toRecord).list();
  }

  /** Planned releases not yet in production that planning assigned to a meeting in [{@code from}, {@code to}). */
  List<ReleaseRecord> upcomingForMeetingBetween(Instant from, Instant to) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM release_record WHERE kind <> 'emergency' AND status IN "
            + "('PLANNED','READY') AND omb_meeting_at >= ? AND omb_meeting_at < ? ORDER BY planned_date, id")
        .params(timestamp(from), timestamp(to)).query(ReleaseRecords::toRecord).list();
  }

  /** Emergency releases in production that the OMB has not reviewed yet. */
  List<ReleaseRecord> emergencyAwaitingPostReview() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM release_record WHERE kind = 'emergency' AND status IN "
            + "('DEPLOYED','SUCCEEDED') AND omb_post_review IS NULL ORDER BY planned_date, id")
        .query(ReleaseRecords::toRecord).list();
  }

  boolean versionTaken(String toolKey, String version) {
    return jdbc.sql("SELECT COUNT(*) FROM release_record WHERE tool_key = ? AND version = ?")
        .params(toolKey, version).query(Long.class).single() > 0;
  }

  public List<String> changesOf(String key) {
    return jdbc.sql("SELECT change_key FROM release_change WHERE release_key = ? ORDER BY change_key").param(key)
        .query(String.class).list();
  }

  void replaceChanges(String key, Collection<String> changeKeys) {
    jdbc.sql("DELETE FROM release_change WHERE release_key = ?").param(key).update();
    for (String change : changeKeys) {
      jdbc.sql("INSERT INTO release_change (release_key, change_key) VALUES (?, ?)").params(key, change).update();
    }
  }

  /** For each of the changes already carried by another release still under way: that release's key. */
  Map<String, String> heldByOtherOpenReleases(Collection<String> changeKeys, String exceptKey) {
    Map<String, String> held = new LinkedHashMap<>();
    String sql = "SELECT c.release_key FROM release_change c JOIN release_record r ON r.release_key = c.release_key "
        + "WHERE c.change_key = ? AND r.status IN " + OPEN + " AND c.release_key <> ?";
    for (String change : changeKeys) {
      jdbc.sql(sql).params(change, exceptKey == null ? "" : exceptKey).query(String.class).list().stream().findFirst()
          .ifPresent(release -> held.put(change, release));
    }
    return held;
  }

  void plan(String key, LocalDate plannedDate, Instant ombMeetingAt) {
    set(key, "planned_date = ?, omb_meeting_at = ?", plannedDate, timestamp(ombMeetingAt));
  }

  void ombInformed(String key, Instant at, LocalDate ofDate) {
    set(key, "omb_informed_at = ?, omb_informed_date = ?", timestamp(at), ofDate);
  }

  void communication(String key, String ombItem, String broadcastText) {
    set(key, "omb_item = ?, broadcast_text = ?", ombItem, broadcastText);
  }

  void releaseTag(String key, String tag) {
    set(key, "release_tag = ?, tag_url = NULL", tag);
  }

  void tagUrl(String key, String url) {
    set(key, "tag_url = ?", url);
  }

  void distribution(String key, String channel, String url, String packageFormats) {
    set(key, "distribution_channel = ?, distribution_url = ?, package_formats = ?", channel, url, packageFormats);
  }

  void notes(String key, ReleaseNotes notes) {
    set(key, "changelog = ?, installation_steps = ?, known_issues = ?, documentation_links = ?, test_plan = ?, "
        + "conformance_info = ?", notes.changelog(), notes.installationSteps(), notes.knownIssues(),
        notes.documentationLinks(), notes.testPlan(), notes.conformanceInfo());
  }

  void rollbackSteps(String key, String steps) {
    set(key, "rollback_steps = ?", steps);
  }

  void status(String key, ReleaseStatus status) {
    set(key, "status = ?", status.name());
  }

  /** Back to development: the next iteration of the cycle starts. */
  int nextIteration(String key) {
    set(key, "iteration = iteration + 1, status = ?", ReleaseStatus.PLANNED.name());
    return get(key).iteration();
  }

  void review(String key, String outcome, String analysis, ReleaseStatus status) {
    set(key, "review_outcome = ?, review_analysis = ?, status = ?", outcome, analysis, status.name());
  }

  void ombPostReview(String key, String outcome, String comment) {
    set(key, "omb_post_review = ?, omb_post_review_comment = ?", outcome, comment);
  }

  void addReport(String key, ReleaseReport report) {
    jdbc.sql("INSERT INTO release_report (release_key, iteration, stage, outcome, link, summary, reported_by, "
            + "reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(key, report.iteration(), report.stage(), report.outcome(), report.link(), report.summary(),
            report.reportedBy(), timestamp(report.reportedAt()))
        .update();
  }

  public List<ReleaseReport> reports(String key) {
    return jdbc.sql("SELECT iteration, stage, outcome, link, summary, reported_by, reported_at FROM release_report "
            + "WHERE release_key = ? ORDER BY id")
        .param(key).query((rs, i) -> new ReleaseReport(rs.getInt("iteration"), rs.getString("stage"),
            rs.getString("outcome"), rs.getString("link"), rs.getString("summary"), rs.getString("reported_by"),
            instant(rs, "reported_at")))
        .list();
  }

  private void set(String key, String assignments, Object... values) {
    Object[] args = new Object[values.length + 2];
    System.arraycopy(values, 0, args, 0, values.length);
    args[values.length] = now();
    args[values.length + 1] = key;
    if (jdbc.sql("UPDATE release_record SET " + assignments + ", updated_at = ? WHERE release_key = ?").params(args)
        .update() != 1) {
      throw new NoSuchElementException("no release " + key);
    }
  }

  // The engine clock, so that records and process history agree (and tests can move time).
  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static ReleaseRecord toRecord(ResultSet rs, int row) throws SQLException {
    return new ReleaseRecord(rs.getString("release_key"), rs.getString("process_instance_id"),
        rs.getString("tool_key"), rs.getString("version"), rs.getString("kind"),
        rs.getObject("planned_date", LocalDate.class), instant(rs, "omb_meeting_at"), instant(rs, "omb_informed_at"), rs.getObject("omb_informed_date", LocalDate.class),
        rs.getBoolean("umd_distribution"), rs.getBoolean("high_impact"), rs.getBoolean("high_risk"),
        rs.getString("requester"), ReleaseStatus.valueOf(rs.getString("status")), rs.getInt("iteration"),
        rs.getString("release_tag"), rs.getString("tag_url"), rs.getString("distribution_channel"),
        rs.getString("distribution_url"), rs.getString("package_formats"),
        new ReleaseNotes(rs.getString("changelog"), rs.getString("installation_steps"), rs.getString("known_issues"),
            rs.getString("documentation_links"), rs.getString("test_plan"), rs.getString("conformance_info")),
        rs.getString("omb_item"), rs.getString("broadcast_text"), rs.getString("rollback_steps"),
        rs.getString("review_outcome"), rs.getString("review_analysis"), rs.getString("omb_post_review"),
        rs.getString("omb_post_review_comment"), instant(rs, "created_at"), instant(rs, "updated_at"));
  }
}
