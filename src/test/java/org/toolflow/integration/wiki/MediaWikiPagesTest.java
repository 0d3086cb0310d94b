package org.toolflow.integration.wiki;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.RemoteHttp;
import org.toolflow.integration.RemoteRefusedException;
import org.toolflow.integration.RemoteUnavailableException;
import org.toolflow.integration.TestTimeouts;

class MediaWikiPagesTest {

  @RegisterExtension
  static WireMockExtension wiki = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String API = "/w/api.php";
  private static final ActionContext CONTEXT = ActionContext.manual("test", "key-1");

  private MediaWikiPages pages() {
    String base = wiki.baseUrl() + "/w";
    return new MediaWikiPages(RemoteHttp.client("Wiki", base, TestTimeouts.SHORT), base, "ToolFlow@publisher", "bot-pass");
  }

  @BeforeEach
  void aWikiThatLogsInAndHandsOutTokens() {
    wiki.stubFor(get(urlPathEqualTo(API)).withQueryParam("meta", equalTo("tokens")).withQueryParam("type", equalTo("login"))
        .willReturn(json("{\"batchcomplete\":\"\",\"query\":{\"tokens\":{\"logintoken\":\"6f1c0e2a+\\\\\"}}}")
            .withHeader("Set-Cookie", "egiwiki_session=s3ss10n; path=/; secure; HttpOnly")));
    wiki.stubFor(post(urlPathEqualTo(API)).withFormParam("action", equalTo("login"))
        .withHeader("Cookie", containing("egiwiki_session=s3ss10n"))
        .willReturn(json("{\"login\":{\"result\":\"Success\",\"lguserid\":42,\"lgusername\":\"ToolFlow\"}}")
            .withHeader("Set-Cookie", "egiwikiUserID=42; path=/; secure; HttpOnly")
            .withHeader("Set-Cookie", "egiwiki_session=l0gg3d1n; path=/; secure; HttpOnly")));
    wiki.stubFor(get(urlPathEqualTo(API)).withQueryParam("meta", equalTo("tokens")).withQueryParam("type", absent())
        .withHeader("Cookie", containing("egiwiki_session=l0gg3d1n"))
        .willReturn(json("{\"batchcomplete\":\"\",\"query\":{\"tokens\":{\"csrftoken\":\"c5rf7ok3n+\\\\\"}}}")));
  }

  @Test
  void logsInFetchesACsrfTokenAndEditsThePageKeepingTheSession() {
    wiki.stubFor(post(urlPathEqualTo(API)).withFormParam("action", equalTo("edit"))
        .willReturn(json("{\"edit\":{\"result\":\"Success\",\"pageid\":5120,\"title\":\"ToolX\",\"contentmodel\":\"wikitext\","
            + "\"oldrevid\":0,\"newrevid\":98765,\"newtimestamp\":\"2026-11-25T12:00:00Z\",\"new\":\"\"}}")));

    WikiEdit edit = pages().publish(CONTEXT, "ToolX", "== ToolX ==\nA tool.", "Created by ToolFlow");

    assertThat(edit).isEqualTo(new WikiEdit("ToolX", "98765", wiki.baseUrl() + "/w/index.php?title=ToolX", false));
    wiki.verify(1, getRequestedFor(urlPathEqualTo(API)).withQueryParam("action", equalTo("query"))
        .withQueryParam("type", equalTo("login")).withQueryParam("format", equalTo("json")));
    wiki.verify(1, postRequestedFor(urlPathEqualTo(API))
        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
        .withFormParam("action", equalTo("login"))
        .withFormParam("lgname", equalTo("ToolFlow@publisher"))
        .withFormParam("lgpassword", equalTo("bot-pass"))
        .withFormParam("lgtoken", equalTo("6f1c0e2a+\\"))
        .withFormParam("format", equalTo("json")));
    wiki.verify(1, postRequestedFor(urlPathEqualTo(API))
        .withHeader("Cookie", containing("egiwiki_session=l0gg3d1n"))
        .withHeader("Cookie", containing("egiwikiUserID=42"))
        .withFormParam("action", equalTo("edit"))
        .withFormParam("title", equalTo("ToolX"))
        .withFormParam("text", equalTo("== ToolX ==\nA tool."))
        .withFormParam("summary", equalTo("Created by ToolFlow [" + CONTEXT.remoteMark() + "]"))
        .withFormParam("format", equalTo("json"))
        .withFormParam("token", equalTo("c5rf7ok3n+\\")));
  }

  @Test
  void anUnchangedPageHasNoNewRevision() {
    wiki.stubFor(post(urlPathEqualTo(API)).withFormParam("action", equalTo("edit"))
        .willReturn(json("{\"edit\":{\"result\":\"Success\",\"pageid\":5120,\"title\":\"Tool X\",\"contentmodel\":\"wikitext\",\"nochange\":\"\"}}")));

    WikiEdit edit = pages().publish(CONTEXT, "Tool X", "same", "again");

    assertThat(edit.revisionId()).isNull();
    assertThat(edit.url()).endsWith("/w/index.php?title=Tool_X");
  }

  @Test
  void aFailedLoginIsRefusedWithTheWikisReason() {
    wiki.stubFor(post(urlPathEqualTo(API)).withFormParam("action", equalTo("login")).willReturn(json(
        "{\"login\":{\"result\":\"Failed\",\"reason\":\"Incorrect username or password entered. Please try again.\"}}")));

    assertThatThrownBy(() -> pages().publish(CONTEXT, "ToolX", "text", "summary"))
        .isInstanceOf(RemoteRefusedException.class)
        .hasMessageContaining("login of ToolFlow@publisher")
        .hasMessageContaining("Incorrect username or password");
    wiki.verify(0, postRequestedFor(urlPathEqualTo(API)).withFormParam("action", equalTo("edit")));
  }

  @Test
  void anErrorDocumentIsARefusalNamingTheCode() {
    wiki.stubFor(post(urlPathEqualTo(API)).withFormParam("action", equalTo("edit")).willReturn(json(
        "{\"error\":{\"code\":\"protectedpage\",\"info\":\"This page has been protected to prevent editing or other actions.\","
            + "\"*\":\"See https://wiki.example.org/w/api.php for API usage.\"}}")));

    assertThatThrownBy(() -> pages().publish(CONTEXT, "Main Page", "text", "summary"))
        .isInstanceOf(RemoteRefusedException.class)
        .hasMessageContaining("protectedpage")
        .hasMessageContaining("This page has been protected");
  }

  @Test
  void aReadOnlyWikiIsWorthARetry() {
    wiki.stubFor(post(urlPathEqualTo(API)).withFormParam("action", equalTo("edit")).willReturn(json(
        "{\"error\":{\"code\":\"readonly\",\"info\":\"The wiki is currently in read-only mode.\",\"readonlyreason\":\"Maintenance\"}}")));

    assertThatThrownBy(() -> pages().publish(CONTEXT, "ToolX", "text", "summary"))
        .isInstanceOf(RemoteUnavailableException.class).hasMessageContaining("read-only mode");
  }

  private static ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
  }
}
