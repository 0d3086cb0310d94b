package org.toolflow.system.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.toolflow.system.postgres.EmbeddedPostgresServer;

/** Two ToolFlow nodes on one PostgreSQL database: a homogeneous Camunda cluster. */
@PostgresOnlyTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterTest {

  private static final Duration AT_MOST = Duration.ofMinutes(2);
  private static final Duration POLL = Duration.ofMillis(100);
  // Jobs a stopped node had fetched but not started become free for the other node after this long.
  private static final String LOCK_TIME = "--camunda.bpm.job-execution.lock-time-in-millis=10000";

  private static ProbeLedger ledger;
  private static ToolFlowNode nodeA;
  private static ToolFlowNode nodeB;

  @BeforeAll
  static void startTwoNodesOnOneDatabase() {
    String url = EmbeddedPostgresServer.shared().createDatabase("cluster_two_nodes");
    ledger = new ProbeLedger(url);
    ledger.createTables();
    // One after the other, as docs/operations.md says: the first start creates the schema and the administrator.
    nodeA = ToolFlowNode.start("nodeA", url, LOCK_TIME);
    nodeB = ToolFlowNode.start("nodeB", url, LOCK_TIME);
  }

  @AfterAll
  static void stopNodes() {
    for (ToolFlowNode node : new ToolFlowNode[] {nodeB, nodeA}) {
      if (node != null && node.isRunning()) {
        node.close();
      }
    }
  }

  @Test
  @Order(1)
  void aModelDeployedOnOneNodeRunsOnBothAndEveryCallIsJournaledExactlyOnce() {
    nodeA.rest().deployFromModeler(ClusterProbe.RESOURCE_NAME, ClusterProbe.xml());
    assertThat(nodeB.rest().definitionId(ClusterProbe.PROCESS_KEY))
        .isEqualTo(nodeA.rest().definitionId(ClusterProbe.PROCESS_KEY));

    int instances = 50;
    startAlternately("burst-", instances);

    await().atMost(AT_MOST).pollInterval(POLL).until(() -> ledger.finishedInstances("burst-"), equalTo(instances));
    int calls = instances * ClusterProbe.CALLS_PER_INSTANCE;
    assertThat(ledger.runs("burst-")).as("job runs").isEqualTo(calls);
    assertThat(ledger.journalEntries("burst-")).as("journal entries").isEqualTo(calls);
    assertThat(ledger.journaledKeys("burst-")).as("idempotency keys in the journal").isEqualTo(calls);
    assertThat(ledger.runsNotMatchingTheJournal("burst-")).isZero();
    assertThat(ledger.runsBy("nodeA", "burst-")).as("jobs run by nodeA").isPositive();
    assertThat(ledger.runsBy("nodeB", "burst-")).as("jobs run by nodeB").isPositive();
  }

  @Test
  @Order(2)
  void whenOneNodeStopsInTheMiddleOfABurstTheOtherFinishesEverything() {
    int instances = 200;
    nodeA.startAtOnce(ClusterProbe.PROCESS_KEY, "stop-", instances);
    await().atMost(AT_MOST).pollInterval(Duration.ofMillis(20))
        .until(() -> ledger.runsBy("nodeB", "stop-"), greaterThanOrEqualTo(10));

    nodeB.close();
    int finishedWhenStopped = ledger.finishedInstances("stop-");
    int runsOfNodeAWhenStopped = ledger.runsBy("nodeA", "stop-");
    assertThat(finishedWhenStopped).as("instances finished when nodeB stopped; %s", ledger.timeline("stop-"))
        .isLessThan(instances);

    await().atMost(AT_MOST).pollInterval(POLL).until(() -> ledger.finishedInstances("stop-"), equalTo(instances));
    int calls = instances * ClusterProbe.CALLS_PER_INSTANCE;
    assertThat(ledger.journalEntries("stop-")).as("journal entries").isEqualTo(calls);
    assertThat(ledger.journaledKeys("stop-")).as("idempotency keys in the journal").isEqualTo(calls);
    assertThat(ledger.keysCalledTwice("stop-")).isZero();
    assertThat(ledger.runsNotMatchingTheJournal("stop-")).isZero();
    assertThat(ledger.runsBy("nodeA", "stop-")).as("jobs run by nodeA after nodeB stopped")
        .isGreaterThan(runsOfNodeAWhenStopped);
    assertThat(ledger.openJobs()).isZero();
    assertThat(ledger.openIncidents()).isZero();
  }

  // Both nodes answer the REST API; each start creates its first job through the node that received it.
  private static void startAlternately(String batch, int instances) {
    EngineRest[] nodes = {nodeA.rest(), nodeB.rest()};
    for (int i = 0; i < instances; i++) {
      nodes[i % 2].start(ClusterProbe.PROCESS_KEY, batch + i);
    }
  }
}
