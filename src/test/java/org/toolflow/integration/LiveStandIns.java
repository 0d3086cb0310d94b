package org.toolflow.integration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Local stand-ins for every outside system of the onboarding and change processes: RT, the EGI Helpdesk (Zammad),
 * GOCDB and the wiki as HTTP stub servers answering as the real APIs do, SMTP as a mail server that keeps what it
 * receives. Each stub answers only the requests it is given; anything else stays unmatched and shows in
 * {@link #unmatched()}.
 */
final class LiveStandIns implements AutoCloseable {

  static final String RT_PATH = "/rt";
  static final String RT_TOKEN = "rt-live-edges-token";
  static final String HELPDESK_TOKEN = "zammad-live-edges-token";
  static final String GOCDB_PATH = "/gocdbpi/public/";
  static final String WIKI_API = "/w/api.php";
  static final String WIKI_USER = "ToolFlow@publisher";
  static final String WIKI_PASSWORD = "wiki-bot-secret";
  static final String WIKI_LOGIN_TOKEN = "9e1f0c2a+\\";
  static final String WIKI_CSRF_TOKEN = "c5rf1d7e+\\";
  static final String MAIL_FROM = "toolflow@egi.eu";

  final WireMockServer rt = new WireMockServer(wireMockConfig().dynamicPort());
  final WireMockServer helpdesk = new WireMockServer(wireMockConfig().dynamicPort());
  final WireMockServer gocdb = new WireMockServer(wireMockConfig().dynamicPort());
  final WireMockServer wiki = new WireMockServer(wireMockConfig().dynamicPort());
  final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  private LiveStandIns() {
  }

  static LiveStandIns start() {
    LiveStandIns standIns = new LiveStandIns();
    standIns.servers().forEach(WireMockServer::start);
    standIns.smtp.start();
    return standIns;
  }

  /** ToolFlow's settings that point every connector at a stand-in, as an operator would point them at EGI's. */
  List<String> settings() {
    return List.of(
        "--toolflow.rt.base-url=" + rt.baseUrl() + RT_PATH,
        "--toolflow.rt.token=" + RT_TOKEN,
        "--toolflow.helpdesk.base-url=" + helpdesk.baseUrl(),
        "--toolflow.helpdesk.token=" + HELPDESK_TOKEN,
        "--toolflow.gocdb.base-url=" + gocdb.baseUrl() + GOCDB_PATH,
        "--toolflow.wiki.base-url=" + wiki.baseUrl() + "/w",
        "--toolflow.wiki.username=" + WIKI_USER,
        "--toolflow.wiki.password=" + WIKI_PASSWORD,
        "--spring.mail.host=localhost",
        "--spring.mail.port=" + smtp.getSmtp().getPort(),
        "--toolflow.mail.from=" + MAIL_FROM);
  }

  /** Forgets every stub and every request and mail received: each test states what the systems answer. */
  void reset() throws FolderException {
    servers().forEach(WireMockServer::resetAll);
    smtp.purgeEmailFromAllMailboxes();
    // The stand-in lists mail mailbox by mailbox, in the order the mailboxes were made: start each test without any.
    List.copyOf(smtp.getUserManager().listUser()).forEach(smtp.getUserManager()::deleteUser);
  }

  /** Requests that reached a stand-in without being expected by any stub. */
  List<LoggedRequest> unmatched() {
    List<LoggedRequest> unmatched = new ArrayList<>();
    servers().forEach(server -> unmatched.addAll(server.findAllUnmatchedRequests()));
    return unmatched;
  }

  /** RT creates the ticket with this id and accepts every update and comment of it. */
  void rtCreatesTicket(String id) {
    String ticket = RT_PATH + "/REST/2.0/ticket";
    rt.stubFor(post(urlEqualTo(ticket)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"id\":\"" + id + "\",\"type\":\"ticket\",\"_url\":\"" + rt.baseUrl() + ticket + "/" + id + "\"}")));
    rt.stubFor(put(urlEqualTo(ticket + "/" + id)).willReturn(okJson("[\"Ticket " + id + ": Status changed\"]")));
    rt.stubFor(post(urlEqualTo(ticket + "/" + id + "/comment")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("[\"Comments added\"]")));
  }

  /** Zammad creates the ticket and answers with it, associations by name ({@code expand=true}). */
  void helpdeskCreatesTicket(long id, String number, String title, String group, String customer) {
    helpdesk.stubFor(post(urlPathEqualTo("/api/v1/tickets")).withQueryParam("expand", equalTo("true"))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json; charset=utf-8")
            .withBody("""
                {"id":%d,"group_id":4,"priority_id":2,"state_id":1,"organization_id":null,"number":"%s",
                 "title":"%s","owner_id":1,"customer_id":21,"note":null,"first_response_at":null,
                 "create_article_type_id":10,"create_article_sender_id":1,"article_count":1,
                 "updated_by_id":3,"created_by_id":3,"created_at":"2026-11-25T10:00:00.000Z",
                 "updated_at":"2026-11-25T10:00:00.000Z","article_ids":[%d],"group":"%s","priority":"2 normal",
                 "state":"new","owner":"-","customer":"%s","created_by":"toolflow@egi.eu",
                 "updated_by":"toolflow@egi.eu","create_article_type":"note","create_article_sender":"Agent"}"""
                .formatted(id, number, title, id * 10, group, customer))));
  }

  /** GOCDB has no service endpoint for the host at the first look-up; from the second on, the one registered. */
  void gocdbRegistersOnSecondCheck(String hostname, String primaryKey, String serviceType) {
    String scenario = "registration of " + hostname;
    gocdb.stubFor(get(urlPathEqualTo(GOCDB_PATH)).withQueryParam("method", equalTo("get_service_endpoint"))
        .withQueryParam("hostname", equalTo(hostname))
        .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("registered")
        .willReturn(xml("<results/>")));
    gocdb.stubFor(get(urlPathEqualTo(GOCDB_PATH)).withQueryParam("method", equalTo("get_service_endpoint"))
        .withQueryParam("hostname", equalTo(hostname))
        .inScenario(scenario).whenScenarioStateIs("registered")
        .willReturn(xml("""
            <results>
              <SERVICE_ENDPOINT PRIMARY_KEY="%1$s">
                <PRIMARY_KEY>%1$s</PRIMARY_KEY>
                <HOSTNAME>%2$s</HOSTNAME>
                <GOCDB_PORTAL_URL>https://goc.egi.eu/portal/index.php?Page_Type=Service&amp;id=9120</GOCDB_PORTAL_URL>
                <BETA>N</BETA>
                <SERVICE_TYPE>%3$s</SERVICE_TYPE>
                <CORE/>
                <IN_PRODUCTION>Y</IN_PRODUCTION>
                <NODE_MONITORED>Y</NODE_MONITORED>
                <SITENAME>EGI-TOOLS</SITENAME>
                <COUNTRY_NAME>Netherlands</COUNTRY_NAME>
                <COUNTRY_CODE>NL</COUNTRY_CODE>
                <ROC_NAME>EGI.eu</ROC_NAME>
                <URL>https://%2$s/</URL>
                <ENDPOINTS/>
                <SCOPES><SCOPE>EGI</SCOPE></SCOPES>
                <EXTENSIONS/>
              </SERVICE_ENDPOINT>
            </results>""".formatted(primaryKey, hostname, serviceType))));
  }

  /** MediaWiki: a login token with a session cookie, the bot login, a CSRF token, and the edit saved as this revision. */
  void wikiSavesEditAs(String title, long revision) {
    wiki.stubFor(get(urlPathEqualTo(WIKI_API)).withQueryParam("meta", equalTo("tokens"))
        .withQueryParam("type", equalTo("login"))
        .willReturn(okJson(tokens("logintoken", WIKI_LOGIN_TOKEN))
            .withHeader("Set-Cookie", "egiwiki_session=4n0nym0u5; path=/; secure; HttpOnly")));
    wiki.stubFor(post(urlPathEqualTo(WIKI_API)).withFormParam("action", equalTo("login"))
        .willReturn(okJson("{\"login\":{\"result\":\"Success\",\"lguserid\":77,\"lgusername\":\"ToolFlow\"}}")
            .withHeader("Set-Cookie", "egiwikiUserID=77; path=/; secure; HttpOnly")
            .withHeader("Set-Cookie", "egiwiki_session=l0gg3d1n; path=/; secure; HttpOnly")));
    wiki.stubFor(get(urlPathEqualTo(WIKI_API)).withQueryParam("meta", equalTo("tokens"))
        .withQueryParam("type", absent())
        .willReturn(okJson(tokens("csrftoken", WIKI_CSRF_TOKEN))));
    wiki.stubFor(post(urlPathEqualTo(WIKI_API)).withFormParam("action", equalTo("edit"))
        .willReturn(okJson("""
            {"edit":{"result":"Success","pageid":6120,"title":"%s","contentmodel":"wikitext","oldrevid":0,
             "newrevid":%d,"newtimestamp":"2026-11-25T12:00:00Z","new":""}}""".formatted(title, revision))));
  }

  // MediaWiki's tokens end in a plus and a backslash; JSON doubles the backslash.
  private static String tokens(String name, String token) {
    return "{\"batchcomplete\":\"\",\"query\":{\"tokens\":{\"" + name + "\":\"" + token.replace("\\", "\\\\") + "\"}}}";
  }

  private static ResponseDefinitionBuilder xml(String results) {
    return aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=UTF-8")
        .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + results);
  }

  private List<WireMockServer> servers() {
    return List.of(rt, helpdesk, gocdb, wiki);
  }

  @Override
  public void close() {
    servers().forEach(WireMockServer::stop);
    smtp.stop();
  }
}
