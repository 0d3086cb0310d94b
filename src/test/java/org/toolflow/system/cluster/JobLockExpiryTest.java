package org.toolflow.system.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.toolflow.system.postgres.EmbeddedPostgresServer;

/**
 * The jobs a dead node held run again, once, on the node started after it, as soon as their lock expires. Both nodes
 * keep ToolFlow's own job lock time (application.yaml), so the printed times are those an operator can expect.
 */
@PostgresOnlyTest
class JobLockExpiryTest {

  private static final String BATCH = "expiry-";
  private static final int INSTANCES = 2;

  @Test
  void theJobsOfAKilledNodeRunOnceOnTheNextNodeAfterTheirLockExpires() throws Exception {
    String url = EmbeddedPostgresServer.shared().createDatabase("cluster_lock_expiry");
    ProbeLedger ledger = new ProbeLedger(url);
    ledger.createTables();
    Path work = Files.createDirectories(Path.of("target", "cluster-nodes"));

    Instant lockExpiry;
    Instant killed;
    // The victim takes the first job of each instance and starts it, but never reaches the outside call.
    try (NodeProcess victim = NodeProcess.start(work, "victim", ToolFlowNode.arguments("victim", url,
        "--" + ProbeCallDelegate.HANG_BEFORE_CALL + "=true"))) {
      EngineRest rest = new EngineRest(victim.awaitPort(Duration.ofMinutes(10)), "victim");
      rest.deployFromModeler(ClusterProbe.RESOURCE_NAME, ClusterProbe.xml());
      for (int i = 0; i < INSTANCES; i++) {
        rest.start(ClusterProbe.PROCESS_KEY, BATCH + i);
      }
      await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
          .until(ledger::lockedJobs, equalTo(INSTANCES));
      lockExpiry = ledger.latestLockExpiry();
      killed = wallClock();
      assertThat(victim.kill()).as("exit status after SIGKILL").isEqualTo(128 + 9);
    }
    assertThat(ledger.lockedJobs()).as("locks the dead node left behind").isEqualTo(INSTANCES);

    Instant ready;
    Instant finished;
    try (ToolFlowNode next = ToolFlowNode.start("nextNode", url)) {
      ready = wallClock();
      await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
          .until(() -> ledger.finishedInstances(BATCH), equalTo(INSTANCES));
      finished = wallClock();
    }

    System.out.printf("JobLockExpiryTest: lock expired %.1f s after the kill; next node ready %.1f s after the kill; "
        + "all jobs done %.1f s after the kill, %.1f s after the next node was ready, %.1f s after the lock expired%n",
        seconds(killed, lockExpiry), seconds(killed, ready), seconds(killed, finished), seconds(ready, finished),
        seconds(lockExpiry, finished));
    int calls = INSTANCES * ClusterProbe.CALLS_PER_INSTANCE;
    assertThat(ledger.runsBy("victim", BATCH)).as("calls the victim made").isZero();
    assertThat(ledger.runsBy("nextNode", BATCH)).as("calls the next node made").isEqualTo(calls);
    assertThat(ledger.journalEntries(BATCH)).as("journal entries").isEqualTo(calls);
    assertThat(ledger.journaledKeys(BATCH)).as("idempotency keys in the journal").isEqualTo(calls);
    assertThat(ledger.keysCalledTwice(BATCH)).isZero();
    assertThat(ledger.openJobs()).isZero();
    assertThat(ledger.openIncidents()).isZero();
  }

  // Elapsed real time on this machine, whatever the engine clock says; the lock expiry is read from the database.
  private static Instant wallClock() {
    return Instant.ofEpochMilli(System.currentTimeMillis());
  }

  private static double seconds(Instant from, Instant to) {
    return Duration.between(from, to).toMillis() / 1000.0;
  }
}
