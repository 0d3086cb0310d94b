package org.toolflow.integration.rt;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.ConnectorProperties;
import org.toolflow.integration.RemoteHttp;
import org.toolflow.integration.RemoteRefusedException;
import org.toolflow.integration.RemoteUnavailableException;
import org.toolflow.integration.TestTimeouts;

class RtRestTicketsTest {

  @RegisterExtension
  static WireMockExtension rt = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ActionContext CONTEXT = ActionContext.manual("test", "key-1");

  private RtRestTickets tickets() {
    return new RtRestTickets(RemoteHttp.client("RT", rt.baseUrl() + "/rt", TestTimeouts.SHORT), "s3cret", RtStatusNames.defaults());
  }

  @Test
  void createsATicketInAQueueWithCustomFields() {
    rt.stubFor(post("/rt/REST/2.0/ticket").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"_url\":\"https://rt.example.org/REST/2.0/ticket/4242\",\"type\":\"ticket\",\"id\":\"4242\"}")));
    Map<String, String> customFields = new LinkedHashMap<>();
    customFields.put("Category", "ToolX");

    RtTicket ticket = tickets().create(CONTEXT, new RtTicketRequest("Requirements", "Add a REST endpoint",
        "Please add it.", "lead@example.org", 2, customFields));

    assertThat(ticket).isEqualTo(new RtTicket("4242", false));
    rt.verify(1, postRequestedFor(urlEqualTo("/rt/REST/2.0/ticket"))
        .withHeader("Authorization", equalTo("token s3cret"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("""
            {"Queue":"Requirements","Subject":"Add a REST endpoint [%s]","Content":"Please add it.",
             "ContentType":"text/plain","Requestor":"lead@example.org","Priority":2,
             "CustomFields":{"Category":"ToolX"}}""".formatted(CONTEXT.remoteMark()))));
  }

  @Test
  void updatesStatusAndPriority() {
    rt.stubFor(put("/rt/REST/2.0/ticket/4242").willReturn(okJson(
        "[\"Ticket 4242: Status changed from 'new' to 'open'\",\"Ticket 4242: Priority changed from '2' to '3'\"]")));

    tickets().update(CONTEXT, "4242", RtStatus.IN_PROGRESS, 3);

    rt.verify(1, putRequestedFor(urlEqualTo("/rt/REST/2.0/ticket/4242"))
        .withHeader("Authorization", equalTo("token s3cret"))
        .withRequestBody(equalToJson("{\"Status\":\"open\",\"Priority\":3}")));
  }

  @Test
  void aStatusChangeWithoutPriorityLeavesThePriorityOut() {
    rt.stubFor(put("/rt/REST/2.0/ticket/7").willReturn(okJson("[\"Ticket 7: Status changed\"]")));

    tickets().update(CONTEXT, "7", RtStatus.STALLED, null);

    rt.verify(putRequestedFor(urlEqualTo("/rt/REST/2.0/ticket/7")).withRequestBody(equalToJson("{\"Status\":\"stalled\"}")));
  }

  @Test
  void aQueueWhoseLifecycleNamesAStatusOtherwiseGetsThatName() {
    rt.stubFor(put("/rt/REST/2.0/ticket/9").willReturn(okJson("[\"Ticket 9: Status changed\"]")));
    RtRestTickets tickets = new RtRestTickets(RemoteHttp.client("RT", rt.baseUrl() + "/rt", TestTimeouts.SHORT), "s3cret",
        new RtStatusNames(Map.of(RtStatus.ACCEPTED, "approved")));

    tickets.update(CONTEXT, "9", RtStatus.ACCEPTED, 2);
    tickets.update(CONTEXT, "9", RtStatus.RESOLVED, null);

    rt.verify(putRequestedFor(urlEqualTo("/rt/REST/2.0/ticket/9"))
        .withRequestBody(equalToJson("{\"Status\":\"approved\",\"Priority\":2}")));
    rt.verify(putRequestedFor(urlEqualTo("/rt/REST/2.0/ticket/9")).withRequestBody(equalToJson("{\"Status\":\"resolved\"}")));
  }

  @Test
  void commentsOnATicket() {
    rt.stubFor(post("/rt/REST/2.0/ticket/4242/comment").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("[\"Comments added\"]")));

    tickets().comment(CONTEXT, "4242", "Approved by the OMB.");

    rt.verify(1, postRequestedFor(urlEqualTo("/rt/REST/2.0/ticket/4242/comment"))
        .withHeader("Authorization", equalTo("token s3cret"))
        .withRequestBody(equalToJson("{\"Content\":\"Approved by the OMB.\",\"ContentType\":\"text/plain\"}")));
  }

  @Test
  void aRefusalNamesWhatRtRefused() {
    rt.stubFor(post("/rt/REST/2.0/ticket").willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Invalid value for Queue: Requirementz\"}")));

    assertThatThrownBy(() -> tickets().create(CONTEXT, new RtTicketRequest("Requirementz", "s", "c", null, null, null)))
        .isInstanceOfSatisfying(RemoteRefusedException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessageContaining("RT refused POST")
        .hasMessageContaining("400")
        .hasMessageContaining("Invalid value for Queue: Requirementz");
  }

  @Test
  void aWrongTokenIsARefusalAPersonMustFix() {
    rt.stubFor(put("/rt/REST/2.0/ticket/1").willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Unauthorized\"}")));

    assertThatThrownBy(() -> tickets().update(CONTEXT, "1", RtStatus.RESOLVED, null))
        .isInstanceOf(RemoteRefusedException.class).hasMessageContaining("401").hasMessageContaining("Unauthorized");
  }

  @Test
  void aServerErrorIsWorthARetryAndCarriesTheAnswer() {
    rt.stubFor(post("/rt/REST/2.0/ticket").willReturn(aResponse().withStatus(503)
        .withBody("<html><body>Service Temporarily Unavailable</body></html>")));

    assertThatThrownBy(() -> tickets().create(CONTEXT, new RtTicketRequest("Q", "s", "c", null, null, null)))
        .isInstanceOf(RemoteUnavailableException.class)
        .hasMessageContaining("RT answered 503 to POST")
        .hasMessageContaining("Service Temporarily Unavailable");
  }

  @Test
  void aTimeoutIsWorthARetry() {
    rt.stubFor(post("/rt/REST/2.0/ticket/5/comment").willReturn(aResponse().withStatus(201).withFixedDelay(3000)));
    RtRestTickets impatient = new RtRestTickets(RemoteHttp.client("RT", rt.baseUrl() + "/rt",
        new ConnectorProperties(Duration.ofSeconds(2), Duration.ofMillis(300))), "s3cret", RtStatusNames.defaults());

    assertThatThrownBy(() -> impatient.comment(CONTEXT, "5", "late"))
        .isInstanceOf(RemoteUnavailableException.class)
        .hasMessageContaining("RT did not answer POST /REST/2.0/ticket/5/comment");
  }

  @Test
  void aClosedPortIsWorthARetry() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    RtRestTickets nowhere = new RtRestTickets(RemoteHttp.client("RT", "http://localhost:" + closedPort, TestTimeouts.SHORT), "t", RtStatusNames.defaults());

    assertThatThrownBy(() -> nowhere.comment(CONTEXT, "5", "anyone?"))
        .isInstanceOf(RemoteUnavailableException.class).hasMessageContaining("RT did not answer");
  }
}
