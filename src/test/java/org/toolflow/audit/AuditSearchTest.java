package org.toolflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.toolflow.TestClock;
import org.toolflow.ToolFlowSpringTest;

@ToolFlowSpringTest
class AuditSearchTest {

  private static final String SEARCH = "/api/audit/process-instances?process=" + AuditProbe.KEY;

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  AuditProbe probe;
  AuditApi api;
  String tool;

  @BeforeEach
  void setUp() {
    probe = new AuditProbe(engine);
    api = new AuditApi(port);
    tool = "search" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void findsByToolAndStateWithTheToolKeyOnEachRow() throws Exception {
    String finished = probe.runRejected(tool + "-1", tool);
    String running = probe.start(tool + "-2", tool);

    JsonNode all = api.json(AuditProbe.AUDITOR, SEARCH + "&toolKey=" + tool);
    JsonNode completed = api.json(AuditProbe.AUDITOR, SEARCH + "&toolKey=" + tool + "&state=completed");
    JsonNode open = api.json(AuditProbe.AUDITOR, SEARCH + "&toolKey=" + tool + "&state=running");

    assertThat(all.get("total").asLong()).isEqualTo(2);
    assertThat(ids(all)).containsExactly(running, finished);
    assertThat(all.at("/items/0/toolKey").asText()).isEqualTo(tool);
    assertThat(all.at("/items/0/startUserId").asText()).isEqualTo(AuditProbe.REQUESTER);
    assertThat(ids(completed)).containsExactly(finished);
    assertThat(ids(open)).containsExactly(running);
  }

  @Test
  void findsByExactBusinessKeyOrByPrefix() throws Exception {
    String first = probe.runRejected(tool + "-A1", tool);
    String second = probe.runRejected(tool + "-A2", tool);
    probe.runRejected(tool + "-B1", tool);

    assertThat(ids(api.json(AuditProbe.AUDITOR, SEARCH + "&businessKey=" + tool + "-A1"))).containsExactly(first);
    assertThat(ids(api.json(AuditProbe.AUDITOR, SEARCH + "&businessKey=" + tool + "-A*")))
        .containsExactlyInAnyOrder(first, second);
  }

  @Test
  void datesLimitByStartAndByEnd() throws Exception {
    probe.runRejected(tool + "-1", tool);
    String today = TestClock.today().toString();
    String tomorrow = TestClock.today().plusDays(1).toString();
    String yesterday = TestClock.today().minusDays(1).toString();

    assertThat(total(SEARCH + "&toolKey=" + tool + "&startedFrom=" + today + "&startedTo=" + today)).isEqualTo(1);
    assertThat(total(SEARCH + "&toolKey=" + tool + "&finishedFrom=" + yesterday + "&finishedTo=" + today)).isEqualTo(1);
    assertThat(total(SEARCH + "&toolKey=" + tool + "&startedFrom=" + tomorrow)).isZero();
    assertThat(total(SEARCH + "&toolKey=" + tool + "&finishedTo=" + yesterday)).isZero();
  }

  @Test
  void pagesDoNotOverlapAndCarryTheTotal() throws Exception {
    for (int i = 0; i < 3; i++) {
      probe.runRejected(tool + "-" + i, tool);
    }

    JsonNode first = api.json(AuditProbe.AUDITOR, SEARCH + "&toolKey=" + tool + "&size=2&page=0");
    JsonNode second = api.json(AuditProbe.AUDITOR, SEARCH + "&toolKey=" + tool + "&size=2&page=1");

    assertThat(first.get("total").asLong()).isEqualTo(3);
    assertThat(ids(first)).hasSize(2);
    assertThat(ids(second)).hasSize(1).doesNotContainAnyElementsOf(ids(first));
  }

  @Test
  void someoneWithoutHistoryRightsFindsNothing() throws Exception {
    probe.runRejected(tool + "-1", tool);

    JsonNode outsider = api.json(AuditProbe.OUTSIDER, SEARCH + "&toolKey=" + tool);

    assertThat(outsider.get("total").asLong()).isZero();
    assertThat(outsider.get("items")).isEmpty();
    assertThat(total(SEARCH + "&toolKey=" + tool)).isEqualTo(1);
  }

  @Test
  void badCriteriaAreRefusedFieldByField() throws Exception {
    HttpResponse<String> response = api.get(AuditProbe.AUDITOR,
        "/api/audit/process-instances?state=lost&size=0&startedFrom=yesterday");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode fields = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).get("fields");
    assertThat(StreamSupport.stream(fields.spliterator(), false).map(f -> f.get("field").asText()))
        .containsExactlyInAnyOrder("state", "size", "startedFrom");
    // The same words as every other endpoint that pages.
    assertThat(StreamSupport.stream(fields.spliterator(), false).filter(f -> f.get("field").asText().equals("size"))
        .map(f -> f.get("message").asText())).containsExactly("must be a whole number from 1 to 200");
  }

  @Test
  void theProcessChoiceListsWhatTheCallerMayRead() throws Exception {
    JsonNode processes = api.json(AuditProbe.AUDITOR, "/api/audit/processes");

    assertThat(StreamSupport.stream(processes.spliterator(), false).map(p -> p.get("key").asText()))
        .contains(AuditProbe.KEY);
    assertThat(StreamSupport.stream(api.json(AuditProbe.OUTSIDER, "/api/audit/processes").spliterator(), false)
        .map(p -> p.get("key").asText())).doesNotContain(AuditProbe.KEY);
  }

  private long total(String pathAndQuery) throws Exception {
    return api.json(AuditProbe.AUDITOR, pathAndQuery).get("total").asLong();
  }

  private static List<String> ids(JsonNode page) {
    return StreamSupport.stream(page.get("items").spliterator(), false).map(i -> i.get("id").asText()).toList();
  }
}
