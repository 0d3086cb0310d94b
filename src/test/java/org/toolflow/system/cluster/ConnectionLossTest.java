package org.toolflow.system.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolflow.system.postgres.EmbeddedPostgresServer;

/**
 * The database goes away under a running node and comes back: the node serves and works again by itself.
 * A request or job that was using a connection at that moment fails once, as it would against any database;
 * the test retries requests like a client would and counts on the jobs' retries.
 */
@PostgresOnlyTest
class ConnectionLossTest {

  private static final Duration AT_MOST = Duration.ofMinutes(2);
  private static final Duration POLL = Duration.ofMillis(200);
  private static final int INSTANCES = 5;

  @TempDir
  Path dataDirectory;

  @Test
  void aNodeSurvivesEndedSessionsAndADatabaseRestart() {
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOwn(dataDirectory)) {
      String url = server.createDatabase("toolflow");
      ProbeLedger ledger = new ProbeLedger(url);
      ledger.createTables();
      // A job whose transaction died with its connection is fetched again once its lock expires.
      try (ToolFlowNode node = ToolFlowNode.start("steady", url,
          "--camunda.bpm.job-execution.lock-time-in-millis=10000")) {
        EngineRest rest = node.rest();
        rest.deployFromModeler(ClusterProbe.RESOURCE_NAME, ClusterProbe.xml());
        startAndFinish(rest, ledger, "before-");

        // Every session of the node ends at once, as when a firewall or an administrator cuts them.
        assertThat(server.terminateSessions(ToolFlowNode.applicationName("steady"))).as("sessions ended").isPositive();
        startAndFinish(rest, ledger, "after-ended-sessions-");

        start(rest, "in-flight-");
        server.stop();
        await().atMost(AT_MOST).pollInterval(POLL).until(rest::health, equalTo(503));
        server.start();
        await().atMost(AT_MOST).pollInterval(POLL).until(rest::health, equalTo(200));
        await().atMost(AT_MOST).pollInterval(POLL)
            .until(() -> ledger.finishedInstances("in-flight-"), equalTo(INSTANCES));
        startAndFinish(rest, ledger, "after-restart-");

        assertThat(ledger.finishedInstances("")).isEqualTo(4 * INSTANCES);
        assertThat(ledger.journalEntries("")).as("journal entries").isEqualTo(4 * INSTANCES * ClusterProbe.CALLS_PER_INSTANCE);
        assertThat(ledger.keysCalledTwice("")).isZero();
        assertThat(ledger.runsNotMatchingTheJournal("")).isZero();
        assertThat(ledger.openIncidents()).isZero();
      }
    }
  }

  private static void startAndFinish(EngineRest rest, ProbeLedger ledger, String batch) {
    start(rest, batch);
    await().atMost(AT_MOST).pollInterval(POLL).until(() -> ledger.finishedInstances(batch), equalTo(INSTANCES));
  }

  private static void start(EngineRest rest, String batch) {
    for (int i = 0; i < INSTANCES; i++) {
      String businessKey = batch + i;
      await().atMost(AT_MOST).pollInterval(POLL).ignoreExceptions()
          .until(() -> rest.start(ClusterProbe.PROCESS_KEY, businessKey), notNullValue());
    }
  }
}
