package org.toolflow.integration.helpdesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.RemoteHttp;
import org.toolflow.integration.RemoteRefusedException;
import org.toolflow.integration.RemoteUnavailableException;
import org.toolflow.integration.TestTimeouts;

class ZammadTicketsTest {

  @RegisterExtension
  static WireMockExtension zammad = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ActionContext CONTEXT = ActionContext.manual("test", "key-1");
  // The shape Zammad answers with expand=true: associations by name, ids alongside.
  private static final String TICKET_31007 = """
      {"id":7,"group_id":3,"priority_id":2,"state_id":1,"organization_id":null,"number":"31007",
       "title":"New support unit: ToolX","owner_id":1,"customer_id":12,"note":null,"first_response_at":null,
       "create_article_type_id":10,"create_article_sender_id":1,"article_count":1,
       "updated_by_id":5,"created_by_id":5,"created_at":"2026-11-25T10:00:00.000Z","updated_at":"2026-11-25T10:00:00.000Z",
       "group":"Helpdesk","priority":"2 normal","state":"new","owner":"-","customer":"lead@example.org",
       "created_by":"toolflow@egi.eu","updated_by":"toolflow@egi.eu","create_article_type":"note",
       "create_article_sender":"Agent"}""";

  private ZammadTickets tickets() {
    return new ZammadTickets(RemoteHttp.client("Helpdesk", zammad.baseUrl(), TestTimeouts.SHORT), "tok3n");
  }

  @Test
  void createsATicketWithItsFirstArticle() {
    zammad.stubFor(post(urlPathEqualTo("/api/v1/tickets")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json; charset=utf-8").withBody(TICKET_31007)));

    HelpdeskTicket ticket = tickets().create(CONTEXT,
        new HelpdeskTicketRequest("Helpdesk", "New support unit: ToolX", "Please create the unit ToolX.", "lead@example.org"));

    assertThat(ticket).isEqualTo(new HelpdeskTicket("7", "31007", "New support unit: ToolX", "Helpdesk", "new",
        "2 normal", false));
    zammad.verify(1, postRequestedFor(urlEqualTo("/api/v1/tickets?expand=true"))
        .withHeader("Authorization", equalTo("Token token=tok3n"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("""
            {"title":"New support unit: ToolX [%s]","group":"Helpdesk","customer":"lead@example.org",
             "article":{"subject":"New support unit: ToolX","body":"Please create the unit ToolX.",
                        "type":"note","internal":false}}""".formatted(CONTEXT.remoteMark()))));
  }

  @Test
  void addsAnArticle() {
    zammad.stubFor(post("/api/v1/ticket_articles").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"id\":99,\"ticket_id\":7,\"type_id\":10}")));

    tickets().addArticle(CONTEXT, "7", "The unit exists now.");

    zammad.verify(1, postRequestedFor(urlEqualTo("/api/v1/ticket_articles"))
        .withHeader("Authorization", equalTo("Token token=tok3n"))
        .withRequestBody(equalToJson("""
            {"ticket_id":7,"body":"The unit exists now.","content_type":"text/plain","type":"note","internal":false}""")));
  }

  @Test
  void searchesWithZammadsQuerySyntax() {
    zammad.stubFor(get(urlPathEqualTo("/api/v1/tickets/search")).willReturn(okJson("[" + TICKET_31007 + "]")));

    List<HelpdeskTicket> found = tickets().search("group.name:\"ToolX\" AND state.name:new");

    assertThat(found).extracting(HelpdeskTicket::number).containsExactly("31007");
    zammad.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/tickets/search"))
        .withHeader("Authorization", equalTo("Token token=tok3n"))
        .withQueryParam("query", equalTo("group.name:\"ToolX\" AND state.name:new"))
        .withQueryParam("expand", equalTo("true"))
        .withQueryParam("limit", equalTo("100")));
  }

  @Test
  void linksAChildUnderItsParentByTheParentsNumber() {
    zammad.stubFor(get("/api/v1/tickets/7").willReturn(okJson(TICKET_31007)));
    zammad.stubFor(post("/api/v1/links/add").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"id\":3,\"link_type_id\":2,\"link_object_source_id\":1,\"link_object_source_value\":7,"
            + "\"link_object_target_id\":1,\"link_object_target_value\":9}")));

    tickets().linkChild(CONTEXT, "7", "9");

    zammad.verify(1, postRequestedFor(urlEqualTo("/api/v1/links/add"))
        .withHeader("Authorization", equalTo("Token token=tok3n"))
        .withRequestBody(equalToJson("""
            {"link_type":"parent","link_object_source":"Ticket","link_object_source_number":"31007",
             "link_object_target":"Ticket","link_object_target_value":9}""")));
  }

  @Test
  void zammadsErrorDocumentNamesTheRefusedValue() {
    zammad.stubFor(post(urlPathEqualTo("/api/v1/tickets")).willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":\"No lookup value found for 'group': \\\"Nonexistent\\\"\","
            + "\"error_human\":\"No lookup value found for 'group': \\\"Nonexistent\\\"\"}")));

    assertThatThrownBy(() -> tickets().create(CONTEXT, new HelpdeskTicketRequest("Nonexistent", "t", "b", null)))
        .isInstanceOfSatisfying(RemoteRefusedException.class, e -> assertThat(e.status()).isEqualTo(422))
        .hasMessageContaining("Helpdesk refused POST")
        .hasMessageContaining("No lookup value found for 'group': \"Nonexistent\"");
  }

  @Test
  void aMissingLinkSourceIsRefusedWithZammadsWords() {
    zammad.stubFor(get("/api/v1/tickets/7").willReturn(okJson(TICKET_31007)));
    zammad.stubFor(post("/api/v1/links/add").willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"No such object!\"}")));

    assertThatThrownBy(() -> tickets().linkChild(CONTEXT, "7", "9"))
        .isInstanceOf(RemoteRefusedException.class).hasMessageContaining("No such object!");
  }

  @Test
  void anUnknownParentIsRefusedBeforeLinking() {
    zammad.stubFor(get("/api/v1/tickets/404").willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":\"Couldn't find Ticket with 'id'=404\",\"error_human\":\"Couldn't find Ticket with 'id'=404\"}")));

    assertThatThrownBy(() -> tickets().linkChild(CONTEXT, "404", "9"))
        .isInstanceOf(RemoteRefusedException.class).hasMessageContaining("Couldn't find Ticket with 'id'=404");
    zammad.verify(0, postRequestedFor(urlEqualTo("/api/v1/links/add")));
  }

  @Test
  void aServerErrorIsWorthARetry() {
    zammad.stubFor(post("/api/v1/ticket_articles").willReturn(aResponse().withStatus(502).withBody("Bad Gateway")));

    assertThatThrownBy(() -> tickets().addArticle(CONTEXT, "7", "x"))
        .isInstanceOf(RemoteUnavailableException.class).hasMessageContaining("502").hasMessageContaining("Bad Gateway");
  }
}
