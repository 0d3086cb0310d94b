package org.toolflow.system.cluster;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.postgresql.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.toolflow.system.postgres.EmbeddedPostgresServer;

/**
 * What the probe left in the database, read by the test itself whichever node is up: the action journal
 * (ToolFlow's record of outside calls), every run of a probe job, and Camunda's history.
 * A batch is a prefix of the instances' business keys.
 */
final class ProbeLedger {

  private static final String OF_BATCH = "JOIN act_hi_procinst p ON p.proc_inst_id_ = j.process_instance_id "
      + "WHERE j.system_name = 'rt' AND p.business_key_ LIKE ?";

  private final JdbcClient jdbc;

  ProbeLedger(String jdbcUrl) {
    this.jdbc = JdbcClient.create(new SimpleDriverDataSource(
        new Driver(), jdbcUrl, EmbeddedPostgresServer.ROLE, EmbeddedPostgresServer.PASSWORD));
  }

  /** The test's own table, created before the first node starts (ToolFlow's tables come from Flyway). */
  void createTables() {
    jdbc.sql("CREATE TABLE probe_run (idempotency_key VARCHAR(512) NOT NULL, business_key VARCHAR(255) NOT NULL, "
        + "node VARCHAR(64) NOT NULL, ticket_id VARCHAR(64) NOT NULL, ran_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)")
        .update();
  }

  int finishedInstances(String batch) {
    return count("SELECT count(*) FROM act_hi_procinst WHERE business_key_ LIKE ? AND end_time_ IS NOT NULL", batch);
  }

  int journalEntries(String batch) {
    return count("SELECT count(*) FROM action_journal j " + OF_BATCH, batch);
  }

  int journaledKeys(String batch) {
    return count("SELECT count(DISTINCT j.idempotency_key) FROM action_journal j " + OF_BATCH, batch);
  }

  int runs(String batch) {
    return count("SELECT count(*) FROM probe_run WHERE business_key LIKE ?", batch);
  }

  int runsBy(String node, String batch) {
    return jdbc.sql("SELECT count(*) FROM probe_run WHERE node = ? AND business_key LIKE ?")
        .params(node, batch + "%").query(Integer.class).single();
  }

  List<String> keysRunBy(String node, String batch) {
    return jdbc.sql("SELECT idempotency_key FROM probe_run WHERE node = ? AND business_key LIKE ?")
        .params(node, batch + "%").query(String.class).list();
  }

  int runsOf(String idempotencyKey) {
    return jdbc.sql("SELECT count(*) FROM probe_run WHERE idempotency_key = ?").param(idempotencyKey)
        .query(Integer.class).single();
  }

  /** Keys whose runs got different tickets: a run that called RT again instead of replaying the journal. */
  int keysCalledTwice(String batch) {
    return count("SELECT count(*) FROM (SELECT idempotency_key FROM probe_run WHERE business_key LIKE ? "
        + "GROUP BY idempotency_key HAVING count(DISTINCT ticket_id) > 1) twice", batch);
  }

  /** Runs whose ticket is not the one the journal recorded for their key. */
  int runsNotMatchingTheJournal(String batch) {
    return count("SELECT count(*) FROM probe_run r JOIN action_journal j ON j.idempotency_key = r.idempotency_key "
        + "AND j.system_name = 'rt' WHERE r.business_key LIKE ? AND j.answer NOT LIKE '%\"' || r.ticket_id || '\"%'",
        batch);
  }

  /** Jobs of the probe locked by some node. */
  int lockedJobs() {
    return jdbc.sql("SELECT count(*) FROM act_ru_job WHERE process_def_key_ = ? AND lock_owner_ IS NOT NULL")
        .param(ClusterProbe.PROCESS_KEY).query(Integer.class).single();
  }

  /** The latest moment a lock on a job of the probe expires; null when none is locked. */
  Instant latestLockExpiry() {
    return jdbc.sql("SELECT max(lock_exp_time_) FROM act_ru_job WHERE process_def_key_ = ?")
        .param(ClusterProbe.PROCESS_KEY).query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
  }

  int openIncidents() {
    return jdbc.sql("SELECT count(*) FROM act_ru_incident i JOIN act_re_procdef d ON i.proc_def_id_ = d.id_ "
        + "WHERE d.key_ = ?").param(ClusterProbe.PROCESS_KEY).query(Integer.class).single();
  }

  int openJobs() {
    return jdbc.sql("SELECT count(*) FROM act_ru_job WHERE process_def_key_ = ?")
        .param(ClusterProbe.PROCESS_KEY).query(Integer.class).single();
  }

  /** Runs per node and second, for the failure message of a test. */
  String timeline(String batch) {
    return jdbc.sql("SELECT node, date_trunc('second', ran_at) AS second, count(*) AS runs FROM probe_run "
        + "WHERE business_key LIKE ? GROUP BY node, date_trunc('second', ran_at) ORDER BY 2, 1").param(batch + "%")
        .query().listOfRows().toString();
  }

  private int count(String sql, String batch) {
    return jdbc.sql(sql).param(batch + "%").query(Integer.class).single();
  }
}
