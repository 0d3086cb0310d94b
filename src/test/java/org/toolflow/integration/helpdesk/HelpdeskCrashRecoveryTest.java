package org.toolflow.integration.helpdesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.toolflow.integration.TestTimeouts;
import org.toolflow.integration.journal.ActionJournal;
import org.toolflow.integration.journal.JournalEntry;
import org.toolflow.integration.journal.Journaling;

/** Zammad gets one ticket per step although the node died after Zammad answered and before the journal committed. */
@ToolFlowSpringTest
class HelpdeskCrashRecoveryTest {

  @RegisterExtension
  static WireMockExtension zammad = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String TICKETS = "/api/v1/tickets";
  private static final String SEARCH = "/api/v1/tickets/search";
  private static final HelpdeskTicketRequest REQUEST =
      new HelpdeskTicketRequest("Helpdesk", "New support unit: ToolX", "Please create the unit ToolX.", "lead@example.org");

  @Autowired
  Journaling journaling;
  @Autowired
  ActionJournal journal;

  private JournaledHelpdeskTickets tickets;
  private ActionContext context;

  @BeforeEach
  void liveHelpdeskAtTheStub() {
    tickets = new JournaledHelpdeskTickets(
        new ZammadTickets(RemoteHttp.client("Helpdesk", zammad.baseUrl(), TestTimeouts.SHORT), "tok3n"), journaling);
    context = ActionContext.manual("crash-test", "helpdesk-crash-" + UUID.randomUUID());
  }

  @AfterEach
  void nothingDiesAnyMore() {
    NodeDeath.reset(journaling);
  }

  @Test
  void aRetryAfterTheNodeDiedBeforeTheJournalCommitFindsTheTicketAndCreatesNoSecond() {
    String title = "New support unit: ToolX [" + context.remoteMark() + "]";
    zammad.stubFor(post(urlPathEqualTo(TICKETS)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(ticket(7, "31007", title))));
    // Zammad's full-text search also finds a ticket that merely quotes the mark in an article: it must not count.
    zammad.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(okJson("[" + ticket(5, "31005", "Re: " + REQUEST.title())
        + "," + ticket(7, "31007", title) + "]")));
    NodeDeath.onceBeforeRecording(journaling);

    assertThatThrownBy(() -> tickets.create(context, REQUEST)).isInstanceOf(NodeDeath.Died.class);
    NodeDeath.andItsLeaseRunsOut();
    HelpdeskTicket retried = tickets.create(context, REQUEST);

    assertThat(retried.id()).isEqualTo("7");
    assertThat(retried.number()).isEqualTo("31007");
    zammad.verify(1, postRequestedFor(urlPathEqualTo(TICKETS))
        .withRequestBody(matchingJsonPath("$.title", equalTo(title))));
    zammad.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)).withHeader("Authorization", equalTo("Token token=tok3n"))
        .withQueryParam("query", equalTo("title:\"" + context.remoteMark() + "\"")));
    assertThat(entry().answer()).contains("\"id\":\"7\"").contains("\"number\":\"31007\"");
  }

  @Test
  void whenZammadHasNoTicketWithTheMarkTheRetryCreatesIt() {
    zammad.stubFor(post(urlPathEqualTo(TICKETS)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(ticket(8, "31008", REQUEST.title()))));
    zammad.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(okJson("[" + ticket(5, "31005", "Re: " + REQUEST.title()) + "]")));
    NodeDeath.onceBeforeRecording(journaling);
    assertThatThrownBy(() -> tickets.create(context, REQUEST)).isInstanceOf(NodeDeath.Died.class);
    // Say the ticket was deleted in Zammad meanwhile: then the step must create one.
    NodeDeath.andItsLeaseRunsOut();

    tickets.create(context, REQUEST);

    zammad.verify(2, postRequestedFor(urlPathEqualTo(TICKETS)));
    assertThat(entry().answer()).contains("\"id\":\"8\"");
  }

  private JournalEntry entry() {
    return journal.findByKey(JournaledHelpdeskTickets.SYSTEM, context.idempotencyKey()).orElseThrow();
  }

  private static String ticket(long id, String number, String title) {
    return "{\"id\":" + id + ",\"number\":\"" + number + "\",\"title\":\"" + title + "\",\"group\":\"Helpdesk\","
        + "\"state\":\"new\",\"priority\":\"2 normal\",\"customer\":\"lead@example.org\"}";
  }
}
