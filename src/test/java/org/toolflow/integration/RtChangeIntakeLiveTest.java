package org.toolflow.integration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.toolflow.onboarding.OnboardingFixtures.newToolKey;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.toolflow.TestClock;
import org.toolflow.change.ChangeIntakeProcess;
import org.toolflow.change.ChangeRequestProcess.Elements;
import org.toolflow.change.ChangeRequestProcess.Vars;
import org.toolflow.change.ChangeRequestProcess;
import org.toolflow.change.RtChangeIntake;
import org.toolflow.security.AccessPolicy;
import org.toolflow.security.ToolGroups;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;

/**
 * Change requests filed in RT: ToolFlow, live against a local RT stand-in, reads the new tickets of the change queue
 * and starts one change request per ticket on that ticket. Like {@link LiveEdgesTest}, ToolFlow runs as its own
 * application; the intake is polled by the test (the scheduled poll waits a day).
 */
class RtChangeIntakeLiveTest extends LiveTestCase {

  private static final String REST = LiveStandIns.RT_PATH + "/REST/2.0";
  private static final AtomicInteger TICKETS = new AtomicInteger((int) (System.nanoTime() % 100_000) + 100_000);

  // Far more than two polls take; a race still running by then is a deadlock, not a slow machine.
  private static final int RACE_SECONDS = 120;

  @Test
  void aNewTicketBecomesOneChangeRequestOnThatTicketAndItsStatusesGoBackToIt() throws Exception {
    String toolKey = activeTool();
    String requester = toolFlow.person("requester-" + toolKey);
    String teamMember = toolFlow.person("member-" + toolKey, ToolGroups.team(toolKey));
    String ticket = newTicket(LiveToolFlow.email(requester), "Category " + toolKey);

    assertThat(intake().pollOnce()).isEqualTo(1);
    assertThat(intake().pollOnce()).as("the same ticket on the next poll").isZero();

    String key = changeOf(ticket);
    JsonNode change = toolFlow.call(operator, "GET", "/api/changes/" + key, null, 200);
    assertThat(change.path("rtTicketId").asText()).isEqualTo(ticket);
    assertThat(change.path("requester").asText()).isEqualTo(requester);
    assertThat(change.path("toolKey").asText()).isEqualTo(toolKey);
    assertThat(change.path("title").asText()).isEqualTo("Export to CSV");
    toolFlow.settle(key);
    toolFlow.submitTask(teamMember, key, Elements.ASSESS, assessment());
    toolFlow.submitTask(teamMember, key, Elements.APPROVE_PRODUCT_TEAMS, Map.of(Vars.PRODUCT_TEAMS_DECISION,
        "reject", Vars.REJECTION_REASON, "Out of scope for this tool"));
    toolFlow.settle(key);

    assertThat(requestLines()).as("read twice, never a new ticket; the status goes to the RT ticket").containsExactly(
        "GET " + searchUrl(), "GET " + REST + "/ticket/" + ticket, "GET " + searchUrl(),
        "PUT " + REST + "/ticket/" + ticket);
    assertThat(json.readTree(lastRequest().getBodyAsString()).path("Status").asText()).isEqualTo("rejected");
    assertThat(mails()).containsExactly(
        LiveToolFlow.email(requester) + " | Change request rejected: [" + key + "] Export to CSV");
  }

  @Test
  void anUnknownToolAndRequesterBecomeATaskOfEgiOperationsAndTheRequestorIsAnsweredInRt() throws Exception {
    String toolKey = activeTool();
    String teamMember = toolFlow.person("member-" + toolKey, ToolGroups.team(toolKey));
    String requestor = "jana-" + toolKey + "@university.example.org";
    String ticket = newTicket(requestor, "A category no tool has");

    assertThat(intake().pollOnce()).isEqualTo(1);
    String intakeKey = ChangeIntakeProcess.BUSINESS_KEY_PREFIX + ticket;
    toolFlow.submitTask(operator, intakeKey, ChangeIntakeProcess.Elements.COMPLETE_REQUEST,
        Map.of(ChangeIntakeProcess.Vars.TOOL_KEY, toolKey, ChangeIntakeProcess.Vars.REQUESTER_EMAIL, requestor));
    toolFlow.settle(intakeKey);
    assertThat(intake().pollOnce()).as("taken once").isZero();

    String key = changeOf(ticket);
    toolFlow.settle(key);
    toolFlow.submitTask(teamMember, key, Elements.ASSESS, assessment());
    toolFlow.submitTask(teamMember, key, Elements.APPROVE_PRODUCT_TEAMS, Map.of(Vars.PRODUCT_TEAMS_DECISION,
        "reject", Vars.REJECTION_REASON, "Out of scope for this tool"));
    toolFlow.settle(key);

    assertThat(requestLines()).containsExactly("GET " + searchUrl(), "GET " + REST + "/ticket/" + ticket,
        "GET " + searchUrl(), "PUT " + REST + "/ticket/" + ticket, "POST " + REST + "/ticket/" + ticket + "/correspond");
    JsonNode reply = json.readTree(lastRequest().getBodyAsString());
    assertThat(reply.path("ContentType").asText()).isEqualTo("text/plain");
    assertThat(reply.path("Content").asText()).startsWith("Change request rejected: [" + key + "] Export to CSV")
        .contains("Out of scope for this tool");
    assertThat(mails()).as("the requestor has no ToolFlow account: RT answers").isEmpty();
  }

  @Test
  void twoPollersRacingForTheSameTicketStartOneChange() throws Exception {
    String toolKey = activeTool();
    String requester = toolFlow.person("requester-" + toolKey);
    String ticket = newTicket(LiveToolFlow.email(requester), "Category " + toolKey);
    CountDownLatch start = new CountDownLatch(1);
    Callable<Integer> poll = () -> {
      start.await();
      return intake().pollOnce();
    };
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> first = nodes.submit(poll);
      Future<Integer> second = nodes.submit(poll);
      start.countDown();
      assertThat(first.get(RACE_SECONDS, TimeUnit.SECONDS)
          + second.get(RACE_SECONDS, TimeUnit.SECONDS)).isEqualTo(1);
    } finally {
      nodes.shutdownNow();
    }

    assertThat(toolFlow.bean(RuntimeService.class).createProcessInstanceQuery()
        .processDefinitionKey(ChangeRequestProcess.PROCESS_KEY).variableValueEquals(Vars.RT_TICKET_ID, ticket).count())
        .isEqualTo(1);
    assertThat(toolFlow.bean(JdbcClient.class).sql("SELECT COUNT(*) FROM rt_change_intake WHERE ticket_id = ?")
        .param(ticket).query(Long.class).single()).isEqualTo(1);
    assertThat(intake().pollOnce()).isZero();
  }

  // --- RT ---------------------------------------------------------------------------------------------------

  /** RT's change queue has this one new ticket, and takes status updates and replies on it. */
  private String newTicket(String requestor, String category) {
    String id = String.valueOf(TICKETS.incrementAndGet());
    standIns.rt.stubFor(get(urlPathEqualTo(REST + "/tickets"))
        .withQueryParam("query", equalTo("Queue = '" + LiveRun.RT_QUEUE + "' AND Status = 'new'"))
        .withHeader("Authorization", equalTo("token " + LiveStandIns.RT_TOKEN))
        .willReturn(okJson("""
            {"count":1,"page":1,"per_page":100,"total":1,
             "items":[{"type":"ticket","id":"%1$s","_url":"%2$s/ticket/%1$s"}]}""".formatted(id, REST))));
    standIns.rt.stubFor(get(urlEqualTo(REST + "/ticket/" + id))
        .withHeader("Authorization", equalTo("token " + LiveStandIns.RT_TOKEN))
        .willReturn(okJson("""
            {"id":%1$s,"Subject":"Export to CSV","Status":"new",
             "Queue":{"type":"queue","id":"7","_url":"%2$s/queue/7"},
             "Requestor":[{"type":"user","id":"%3$s","_url":"%2$s/user/%3$s"}],
             "CustomFields":[{"id":"12","name":"%4$s","type":"Select","values":["%5$s"]}]}"""
            .formatted(id, REST, requestor, LiveRun.RT_CATEGORY_FIELD, category))));
    standIns.rt.stubFor(put(urlEqualTo(REST + "/ticket/" + id))
        .willReturn(okJson("[\"Ticket " + id + ": Status changed\"]")));
    standIns.rt.stubFor(post(urlEqualTo(REST + "/ticket/" + id + "/correspond")).willReturn(aResponse()
        .withStatus(201).withHeader("Content-Type", "application/json").withBody("[\"Correspondence added\"]")));
    return id;
  }

  private String searchUrl() {
    return REST + "/tickets?query=Queue%20%3D%20%27Tool%20Requirements%27%20AND%20Status%20%3D%20%27new%27"
        + "&orderby=id&order=ASC&per_page=100&page=1";
  }

  private List<LoggedRequest> oldestFirst() {
    List<LoggedRequest> requests = new ArrayList<>(standIns.rt.getAllServeEvents().stream()
        .map(ServeEvent::getRequest).toList());
    Collections.reverse(requests);
    return requests;
  }

  private List<String> requestLines() {
    return oldestFirst().stream().map(request -> request.getMethod() + " " + request.getUrl()).toList();
  }

  private LoggedRequest lastRequest() {
    List<LoggedRequest> requests = oldestFirst();
    return requests.get(requests.size() - 1);
  }

  // --- ToolFlow ---------------------------------------------------------------------------------------------

  private RtChangeIntake intake() {
    return toolFlow.bean(RtChangeIntake.class);
  }

  private String changeOf(String ticket) {
    return toolFlow.bean(RuntimeService.class).createProcessInstanceQuery()
        .processDefinitionKey(ChangeRequestProcess.PROCESS_KEY).variableValueEquals(Vars.RT_TICKET_ID, ticket)
        .singleResult().getBusinessKey();
  }

  private String activeTool() {
    String key = newToolKey();
    ToolRegistry registry = toolFlow.bean(ToolRegistry.class);
    registry.registerOnboarding(Tool.builder(key).name("Tool " + key).supportEmail(key + "-support@example.org")
        .teamLeaderName("Leader of " + key).teamLeaderEmail(key + "-leader@example.org").purpose("Exports reports")
        .licence("Apache-2.0").rtCategory("Category " + key).build());
    registry.activate(key);
    toolFlow.bean(AccessPolicy.class).ensureOperatorGroup(ToolGroups.team(key), "Team of " + key);
    return key;
  }

  private static Map<String, Object> assessment() {
    return Map.of(Vars.EFFORT, "days", Vars.IMPACT, "medium", Vars.RISK, "low", Vars.PRIORITY, 1,
        Vars.INTENDED_DEPLOYMENT_DATE, TestClock.today().plusDays(30).toString(), Vars.ASSESSMENT_COMMENT,
        "Two days of work");
  }

  private List<String> mails() throws Exception {
    List<String> lines = new ArrayList<>();
    for (MimeMessage mail : standIns.smtp.getReceivedMessages()) {
      lines.add(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString)
          .collect(Collectors.joining(", ")) + " | " + mail.getSubject());
    }
    return lines;
  }
}
