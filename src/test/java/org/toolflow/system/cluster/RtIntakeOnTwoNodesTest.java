package org.toolflow.system.cluster;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.toolflow.TestUsers;
import org.toolflow.change.ChangeRequestProcess;
import org.toolflow.change.RtChangeIntake;
import org.toolflow.security.AccessPolicy;
import org.toolflow.security.ToolGroups;
import org.toolflow.system.postgres.EmbeddedPostgresServer;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;

/** Two nodes on one database poll RT's change queue at the same moment: the ticket becomes one change request. */
@PostgresOnlyTest
class RtIntakeOnTwoNodesTest {

  private static final String RT_PATH = "/rt";
  private static final String REST = RT_PATH + "/REST/2.0";
  private static final String TOKEN = "two-node-rt-token";
  private static final String QUEUE = "Requirements";
  private static final String CATEGORY_FIELD = "Category";
  private static final String TICKET = "4711";
  private static final String TOOL = "twonode-tool";
  private static final String REQUESTER = "twonode-requester";
  // Far more than two polls take; a race still running by then is a deadlock, not a slow machine.
  private static final int RACE_SECONDS = 120;

  private static WireMockServer rt;
  private static ToolFlowNode nodeA;
  private static ToolFlowNode nodeB;

  @BeforeAll
  static void startRtAndTwoNodes() {
    rt = new WireMockServer(options().dynamicPort());
    rt.start();
    stubOneNewTicket();
    String url = EmbeddedPostgresServer.shared().createDatabase("cluster_rt_intake");
    String[] settings = {"--toolflow.rt.base-url=" + rt.baseUrl() + RT_PATH, "--toolflow.rt.token=" + TOKEN,
        "--toolflow.change.rt-queue=" + QUEUE, "--toolflow.change.rt-category-field=" + CATEGORY_FIELD,
        // Only the test's own polls reach RT.
        "--toolflow.rt.intake-interval=P1D"};
    nodeA = ToolFlowNode.start("rtNodeA", url, settings);
    nodeB = ToolFlowNode.start("rtNodeB", url, settings);
  }

  @AfterAll
  static void stop() {
    for (ToolFlowNode node : new ToolFlowNode[] {nodeB, nodeA}) {
      if (node != null && node.isRunning()) {
        node.close();
      }
    }
    if (rt != null) {
      rt.stop();
    }
  }

  @Test
  void bothNodesPollingAtOnceStartOneChangeRequestOnTheTicketAndCreateNoOtherTicket() throws Exception {
    activeToolWithARequester();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pollers = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> byA = pollers.submit(pollAfter(start, nodeA));
      Future<Integer> byB = pollers.submit(pollAfter(start, nodeB));
      start.countDown();
      assertThat(byA.get(RACE_SECONDS, TimeUnit.SECONDS) + byB.get(RACE_SECONDS, TimeUnit.SECONDS))
          .as("changes started by both polls").isEqualTo(1);
    } finally {
      pollers.shutdownNow();
    }

    assertThat(nodeB.bean(RuntimeService.class).createProcessInstanceQuery()
        .processDefinitionKey(ChangeRequestProcess.PROCESS_KEY)
        .variableValueEquals(ChangeRequestProcess.Vars.RT_TICKET_ID, TICKET).count()).isEqualTo(1);
    assertThat(nodeA.bean(JdbcClient.class).sql("SELECT COUNT(*) FROM rt_change_intake WHERE ticket_id = ?")
        .param(TICKET).query(Long.class).single()).isEqualTo(1);
    assertThat(rt.findAll(getRequestedFor(urlPathEqualTo(REST + "/tickets")))).as("searches").hasSizeGreaterThanOrEqualTo(2);
    assertThat(rt.findAll(postRequestedFor(urlEqualTo(REST + "/ticket")))).as("new tickets created").isEmpty();
    // A node polling later, as after a restart, finds the ticket taken.
    assertThat(nodeA.bean(RtChangeIntake.class).pollOnce()).isZero();
    assertThat(nodeB.bean(RtChangeIntake.class).pollOnce()).isZero();
  }

  private static Callable<Integer> pollAfter(CountDownLatch start, ToolFlowNode node) {
    RtChangeIntake intake = node.bean(RtChangeIntake.class);
    return () -> {
      start.await();
      return intake.pollOnce();
    };
  }

  private static void activeToolWithARequester() {
    ToolRegistry registry = nodeA.bean(ToolRegistry.class);
    registry.registerOnboarding(Tool.builder(TOOL).name("Two-node tool").supportEmail(TOOL + "-support@example.org")
        .teamLeaderName("Leader of " + TOOL).teamLeaderEmail(TOOL + "-leader@example.org").purpose("Exports reports")
        .licence("Apache-2.0").rtCategory("Category " + TOOL).build());
    registry.activate(TOOL);
    nodeA.bean(AccessPolicy.class).ensureOperatorGroup(ToolGroups.team(TOOL), "Team of " + TOOL);
    TestUsers.newPerson(nodeA.bean(IdentityService.class), REQUESTER, "two-node-secret");
  }

  /** RT's change queue holds one new ticket, from a known requester about a known tool; it takes updates on it. */
  private static void stubOneNewTicket() {
    rt.stubFor(get(urlPathEqualTo(REST + "/tickets"))
        .withQueryParam("query", equalTo("Queue = '" + QUEUE + "' AND Status = 'new'"))
        .willReturn(okJson("""
            {"count":1,"page":1,"per_page":100,"total":1,
             "items":[{"type":"ticket","id":"%1$s","_url":"%2$s/ticket/%1$s"}]}""".formatted(TICKET, REST))));
    rt.stubFor(get(urlEqualTo(REST + "/ticket/" + TICKET)).willReturn(okJson("""
        {"id":%1$s,"Subject":"Export to CSV","Status":"new",
         "Queue":{"type":"queue","id":"7","_url":"%2$s/queue/7"},
         "Requestor":[{"type":"user","id":"%3$s@example.org","_url":"%2$s/user/%3$s"}],
         "CustomFields":[{"id":"12","name":"%4$s","type":"Select","values":["Category %5$s"]}]}"""
        .formatted(TICKET, REST, REQUESTER, CATEGORY_FIELD, TOOL))));
    rt.stubFor(put(urlEqualTo(REST + "/ticket/" + TICKET)).willReturn(okJson("[\"Status changed\"]")));
    rt.stubFor(post(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("[\"Added\"]")));
  }
}
