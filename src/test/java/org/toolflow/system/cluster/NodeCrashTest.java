package org.toolflow.system.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolflow.system.postgres.EmbeddedPostgresServer;

/**
 * A node killed while its jobs are in the middle of outside calls: a new node finishes every instance,
 * and no call is made twice, because the journal recorded each call and the re-run replays it.
 */
@PostgresOnlyTest
class NodeCrashTest {

  private static final String BATCH = "crash-";
  private static final int INSTANCES = 30;

  @Test
  void aNewNodeFinishesTheJobsOfAKilledNodeWithoutCallingTwice() throws Exception {
    String url = EmbeddedPostgresServer.shared().createDatabase("cluster_crash");
    ProbeLedger ledger = new ProbeLedger(url);
    ledger.createTables();
    Path work = Files.createDirectories(Path.of("target", "cluster-nodes"));

    // The victim's calls never return; its locks expire 5 s after it fetched the jobs (production: 5 minutes).
    try (NodeProcess victim = NodeProcess.start(work, "victim", ToolFlowNode.arguments("victim", url,
        "--camunda.bpm.job-execution.lock-time-in-millis=5000",
        "--" + ProbeCallDelegate.HANG_AFTER_CALL + "=true"))) {
      EngineRest rest = new EngineRest(victim.awaitPort(Duration.ofMinutes(2)), "victim");
      rest.deployFromModeler(ClusterProbe.RESOURCE_NAME, ClusterProbe.xml());
      for (int i = 0; i < INSTANCES; i++) {
        rest.start(ClusterProbe.PROCESS_KEY, BATCH + i);
      }
      await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
          .until(() -> ledger.runsBy("victim", BATCH), greaterThanOrEqualTo(2));
      assertThat(victim.kill()).as("exit status after SIGKILL").isEqualTo(128 + 9);
      assertThat(victim.log()).as("the victim's log").doesNotContain("Process Engine victim closed");
    }
    List<String> inFlight = ledger.keysRunBy("victim", BATCH);

    try (ToolFlowNode survivor = ToolFlowNode.start("survivor", url)) {
      await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
          .until(() -> ledger.finishedInstances(BATCH), equalTo(INSTANCES));
    }

    int calls = INSTANCES * ClusterProbe.CALLS_PER_INSTANCE;
    assertThat(ledger.journalEntries(BATCH)).as("journal entries").isEqualTo(calls);
    assertThat(ledger.journaledKeys(BATCH)).as("idempotency keys in the journal").isEqualTo(calls);
    // No job of the victim ever committed: the survivor ran every one, the victim's again.
    assertThat(ledger.runsBy("survivor", BATCH)).isEqualTo(calls);
    for (String key : inFlight) {
      assertThat(ledger.runsOf(key)).as("runs of %s, by the victim and again by the survivor", key).isEqualTo(2);
    }
    assertThat(ledger.keysCalledTwice(BATCH)).as("keys whose second run called RT again").isZero();
    assertThat(ledger.runsNotMatchingTheJournal(BATCH)).isZero();
    assertThat(ledger.openIncidents()).isZero();
  }
}
