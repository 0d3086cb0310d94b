package org.toolflow.system.cluster;

import java.util.List;
import org.postgresql.Driver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.toolflow.system.postgres.EmbeddedPostgresServer;

/** What the probe calls left in the database, read by the test itself, whichever node is up. */
final class ProbeLedger {

  private final JdbcTemplate jdbc;

  ProbeLedger(String jdbcUrl) {
    this.jdbc = new JdbcTemplate(new SimpleDriverDataSource(
        new Driver(), jdbcUrl, EmbeddedPostgresServer.ROLE, EmbeddedPostgresServer.PASSWORD));
  }

  /** Test-only tables, created before the first node starts (ToolFlow's own tables come from Flyway). */
  void createTables() {
    for (String table : List.of("probe_run", "probe_call")) {
      jdbc.execute("CREATE TABLE " + table + " (idempotency_key VARCHAR(255) NOT NULL, "
          + "business_key VARCHAR(255) NOT NULL, node VARCHAR(64) NOT NULL, "
          + "made_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)");
    }
  }

  int finishedInstances(String batch) {
    return count("SELECT count(*) FROM act_hi_procinst WHERE business_key_ LIKE ? AND end_time_ IS NOT NULL", batch);
  }

  int calls(String batch) {
    return count("SELECT count(*) FROM probe_call WHERE business_key LIKE ?", batch);
  }

  int callsBy(String node, String batch) {
    return jdbc.queryForObject("SELECT count(*) FROM probe_call WHERE node = ? AND business_key LIKE ?",
        Integer.class, node, batch + "%");
  }

  int distinctCalledKeys(String batch) {
    return count("SELECT count(DISTINCT idempotency_key) FROM probe_call WHERE business_key LIKE ?", batch);
  }

  List<String> keysCalledBy(String node, String batch) {
    return jdbc.queryForList("SELECT idempotency_key FROM probe_call WHERE node = ? AND business_key LIKE ?",
        String.class, node, batch + "%");
  }

  int runs(String batch) {
    return count("SELECT count(*) FROM probe_run WHERE business_key LIKE ?", batch);
  }

  int runsOf(String idempotencyKey) {
    return jdbc.queryForObject("SELECT count(*) FROM probe_run WHERE idempotency_key = ?", Integer.class, idempotencyKey);
  }

  int openIncidents() {
    return jdbc.queryForObject("SELECT count(*) FROM act_ru_incident i JOIN act_re_procdef d ON i.proc_def_id_ = d.id_ "
        + "WHERE d.key_ = ?", Integer.class, ClusterProbe.PROCESS_KEY);
  }

  int openJobs() {
    return jdbc.queryForObject("SELECT count(*) FROM act_ru_job WHERE process_def_key_ = ?",
        Integer.class, ClusterProbe.PROCESS_KEY);
  }

  /** Calls per node and second, for the failure message of a test. */
  String timeline(String batch) {
    return jdbc.queryForList("SELECT node, date_trunc('second', made_at) AS second, count(*) AS calls FROM probe_call "
        + "WHERE business_key LIKE ? GROUP BY node, date_trunc('second', made_at) ORDER BY 2, 1", batch + "%").toString();
  }

  private int count(String sql, String batch) {
    return jdbc.queryForObject(sql, Integer.class, batch + "%");
  }
}
