package org.toolflow.integration.rt;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.NodeDeath;
import org.toolflow.integration.RemoteHttp;
import org.toolflow.integration.RemoteUnavailableException;
import org.toolflow.integration.TestTimeouts;
import org.toolflow.integration.journal.ActionInProgressException;
import org.toolflow.integration.journal.ActionJournal;
import org.toolflow.integration.journal.JournalEntry;
import org.toolflow.integration.journal.Journaling;

/** RT opens one ticket per change whatever dies when: the intent comes first, and a retry asks RT before acting. */
@ToolFlowSpringTest
class RtCrashRecoveryTest {

  @RegisterExtension
  static WireMockExtension rt = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String TICKETS = "/REST/2.0/ticket";
  private static final String SEARCH = "/REST/2.0/tickets";

  @Autowired
  Journaling journaling;
  @Autowired
  ActionJournal journal;

  private JournaledRtTickets tickets;
  private ActionContext context;

  @BeforeEach
  void liveRtAtTheStub() {
    tickets = new JournaledRtTickets(new RtRestTickets(RemoteHttp.client("RT", rt.baseUrl(), TestTimeouts.SHORT),
        "s3cret", RtStatusNames.defaults()), journaling, RtStatusNames.defaults());
    context = ActionContext.manual("crash-test", "rt-crash-" + UUID.randomUUID());
  }

  @AfterEach
  void nothingDiesAnyMore() {
    NodeDeath.reset(journaling);
  }

  @Test
  void aRetryAfterTheNodeDiedBeforeTheJournalCommitFindsTheTicketAndCreatesNoSecond() {
    rt.stubFor(post(TICKETS).willReturn(created("4242")));
    rt.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(okJson("{\"count\":1,\"page\":1,\"per_page\":20,\"total\":1,"
        + "\"items\":[{\"type\":\"ticket\",\"id\":\"4242\",\"Subject\":\"Probe change [" + context.remoteMark() + "]\"}]}")));
    NodeDeath.onceBeforeRecording(journaling);

    assertThatThrownBy(() -> tickets.create(context, RtProbeDelegate.REQUEST)).isInstanceOf(NodeDeath.Died.class);
    assertThat(entry().answer()).as("the intent, without answer").isNull();
    NodeDeath.andItsLeaseRunsOut();
    RtTicket retried = tickets.create(context, RtProbeDelegate.REQUEST);

    assertThat(retried).isEqualTo(new RtTicket("4242", false));
    rt.verify(1, postRequestedFor(urlEqualTo(TICKETS)));
    rt.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)).withHeader("Authorization", equalTo("token s3cret"))
        .withQueryParam("query", equalTo("Queue = 'Requirements' AND Subject LIKE '" + context.remoteMark() + "'")));
    assertThat(entry().answer()).isEqualTo("{\"id\":\"4242\",\"dryRun\":false}");
  }

  @Test
  void theTicketCarriesTheMarkItIsFoundBy() {
    rt.stubFor(post(TICKETS).willReturn(created("4243")));

    tickets.create(context, RtProbeDelegate.REQUEST);

    assertThat(context.remoteMark()).matches("toolflow-[0-9a-f]{20}");
    rt.verify(postRequestedFor(urlEqualTo(TICKETS)).withRequestBody(
        matchingJsonPath("$.Subject",
            equalTo("Probe change [" + context.remoteMark() + "]"))));
  }

  @Test
  void aSecondExecutionRacingTheFirstFindsItsIntentAndDoesNotCall() {
    rt.stubFor(post(TICKETS).willReturn(created("4244")));
    // While the first execution is between RT's answer and its commit, the same step runs a second time.
    journaling.beforeRecording(action -> {
      journaling.beforeRecording(null);
      assertThatThrownBy(() -> tickets.create(context, RtProbeDelegate.REQUEST))
          .isInstanceOf(ActionInProgressException.class).hasMessageContaining(context.idempotencyKey());
    });

    RtTicket first = tickets.create(context, RtProbeDelegate.REQUEST);

    assertThat(first).isEqualTo(new RtTicket("4244", false));
    rt.verify(1, postRequestedFor(urlEqualTo(TICKETS)));
    rt.verify(0, getRequestedFor(urlPathEqualTo(SEARCH)));
    assertThat(tickets.create(context, RtProbeDelegate.REQUEST)).as("replayed").isEqualTo(first);
    rt.verify(1, postRequestedFor(urlEqualTo(TICKETS)));
  }

  @Test
  void aRetryAfterACallThatFailedAsksRtFirstAndCreatesTheTicketWhenNoneIsThere() {
    rt.stubFor(post(TICKETS).inScenario("timeout").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(504)).willSetStateTo("back"));
    rt.stubFor(post(TICKETS).inScenario("timeout").whenScenarioStateIs("back").willReturn(created("4245")));
    rt.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(okJson("{\"count\":0,\"page\":1,\"per_page\":20,\"total\":0,\"items\":[]}")));

    assertThatThrownBy(() -> tickets.create(context, RtProbeDelegate.REQUEST))
        .isInstanceOf(RemoteUnavailableException.class);
    // A failed call gives its lease back at once: the retry need not wait for it.
    RtTicket retried = tickets.create(context, RtProbeDelegate.REQUEST);

    assertThat(retried).isEqualTo(new RtTicket("4245", false));
    rt.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)));
    rt.verify(2, postRequestedFor(urlEqualTo(TICKETS)));
    assertThat(entry().answer()).contains("4245");
  }

  private JournalEntry entry() {
    return journal.findByKey(JournaledRtTickets.SYSTEM, context.idempotencyKey()).orElseThrow();
  }

  private static ResponseDefinitionBuilder created(String id) {
    return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
        .withBody("{\"_url\":\"https://rt.example.org/REST/2.0/ticket/" + id + "\",\"type\":\"ticket\",\"id\":\"" + id + "\"}");
  }
}
