package org.toolflow.integration.wiki;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
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
import org.toolflow.integration.TestTimeouts;
import org.toolflow.integration.journal.ActionJournal;
import org.toolflow.integration.journal.JournalEntry;
import org.toolflow.integration.journal.Journaling;

/** The wiki gets one edit per step although the node died after the wiki answered and before the journal committed. */
@ToolFlowSpringTest
class WikiCrashRecoveryTest {

  @RegisterExtension
  static WireMockExtension wiki = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String API = "/w/api.php";

  @Autowired
  Journaling journaling;
  @Autowired
  ActionJournal journal;

  private JournaledWikiPages pages;
  private ActionContext context;

  @BeforeEach
  void liveWikiAtTheStub() {
    String base = wiki.baseUrl() + "/w";
    pages = new JournaledWikiPages(new MediaWikiPages(RemoteHttp.client("Wiki", base, TestTimeouts.SHORT), base,
        "ToolFlow@publisher", "bot-pass"), journaling);
    context = ActionContext.manual("crash-test", "wiki-crash-" + UUID.randomUUID());
    wiki.stubFor(get(urlPathEqualTo(API)).withQueryParam("meta", equalTo("tokens")).withQueryParam("type", equalTo("login"))
        .willReturn(json("{\"query\":{\"tokens\":{\"logintoken\":\"l0g1n+\\\\\"}}}")));
    wiki.stubFor(post(urlPathEqualTo(API)).withFormParam("action", equalTo("login"))
        .willReturn(json("{\"login\":{\"result\":\"Success\",\"lguserid\":42,\"lgusername\":\"ToolFlow\"}}")));
    wiki.stubFor(get(urlPathEqualTo(API)).withQueryParam("meta", equalTo("tokens")).withQueryParam("type", absent())
        .willReturn(json("{\"query\":{\"tokens\":{\"csrftoken\":\"c5rf+\\\\\"}}}")));
    wiki.stubFor(post(urlPathEqualTo(API)).withFormParam("action", equalTo("edit")).willReturn(json(
        "{\"edit\":{\"result\":\"Success\",\"pageid\":5120,\"title\":\"ToolX\",\"oldrevid\":0,\"newrevid\":98765}}")));
  }

  @AfterEach
  void nothingDiesAnyMore() {
    NodeDeath.reset(journaling);
  }

  @Test
  void aRetryAfterTheNodeDiedBeforeTheJournalCommitFindsTheRevisionAndEditsNoMore() {
    lastRevision(98765, "Production tool ToolX onboarded [" + context.remoteMark() + "]");
    NodeDeath.onceBeforeRecording(journaling);

    assertThatThrownBy(() -> publish()).isInstanceOf(NodeDeath.Died.class);
    NodeDeath.andItsLeaseRunsOut();
    WikiEdit retried = publish();

    assertThat(retried).isEqualTo(new WikiEdit("ToolX", "98765", wiki.baseUrl() + "/w/index.php?title=ToolX", false));
    wiki.verify(1, postRequestedFor(urlPathEqualTo(API)).withFormParam("action", equalTo("edit"))
        .withFormParam("summary", equalTo("Production tool ToolX onboarded [" + context.remoteMark() + "]")));
    wiki.verify(1, getRequestedFor(urlPathEqualTo(API)).withQueryParam("prop", equalTo("revisions"))
        .withQueryParam("titles", equalTo("ToolX")).withQueryParam("rvlimit", equalTo("1")));
    assertThat(entry().answer()).contains("\"revisionId\":\"98765\"");
  }

  @Test
  void whenSomeoneEditedThePageSinceTheRetryPublishesAgain() {
    lastRevision(98770, "Fixed a typo");
    NodeDeath.onceBeforeRecording(journaling);
    assertThatThrownBy(() -> publish()).isInstanceOf(NodeDeath.Died.class);
    NodeDeath.andItsLeaseRunsOut();

    publish();

    wiki.verify(2, postRequestedFor(urlPathEqualTo(API)).withFormParam("action", equalTo("edit")));
    assertThat(entry().answer()).contains("\"revisionId\":\"98765\"");
  }

  private WikiEdit publish() {
    return pages.publish(context, "ToolX", "== ToolX ==\nA tool.", "Production tool ToolX onboarded");
  }

  private void lastRevision(long revisionId, String comment) {
    wiki.stubFor(get(urlPathEqualTo(API)).withQueryParam("prop", equalTo("revisions")).willReturn(json(
        "{\"batchcomplete\":true,\"query\":{\"pages\":[{\"pageid\":5120,\"ns\":0,\"title\":\"ToolX\",\"revisions\":"
            + "[{\"revid\":" + revisionId + ",\"parentid\":98700,\"comment\":\"" + comment + "\"}]}]}}")));
  }

  private JournalEntry entry() {
    return journal.findByKey(JournaledWikiPages.SYSTEM, context.idempotencyKey()).orElseThrow();
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
  }
}
