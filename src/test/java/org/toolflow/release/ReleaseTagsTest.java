package org.toolflow.release;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.lang.reflect.Constructor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.RemoteHttp;
import org.toolflow.integration.TestTimeouts;
import org.toolflow.integration.forge.ForgeTags;
import org.toolflow.release.ReleaseTags.TagCheck;

/** The release's tag check against a local stub of GitHub's REST API, through the live forge adapter. */
class ReleaseTagsTest {

  @RegisterExtension
  static WireMockExtension github = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ActionContext CONTEXT = ActionContext.manual("release-test", "tag-1");

  // The live adapter is package-private to its connector; it is built here as the forge configuration builds it.
  private static ForgeTags liveForge(String baseUrl) throws Exception {
    Class<?> adapter = Class.forName("org.toolflow.integration.forge.GitHubTags");
    Constructor<?> constructor = adapter.getDeclaredConstructor(RestClient.class, String.class);
    constructor.setAccessible(true);
    return (ForgeTags) constructor.newInstance(RemoteHttp.client("Forge", baseUrl, TestTimeouts.SHORT), null);
  }

  @Test
  void aTagOfARepositoryOnGitHubIsLookedUpByOwnerAndRepositoryFromTheSourceCodeUrl() throws Exception {
    github.stubFor(get("/repos/EGI-Federation/check-in/git/ref/tags/v2.4.0").willReturn(okJson(
        "{\"ref\":\"refs/tags/v2.4.0\",\"object\":{\"sha\":\"aa218f56b14c9653891f9e74264a383fa43fefbd\",\"type\":\"tag\"}}")));

    TagCheck check = new ReleaseTags(liveForge(github.baseUrl()))
        .check(CONTEXT, "https://github.com/EGI-Federation/check-in.git", "v2.4.0").orElseThrow();

    assertThat(check.found()).isTrue();
    assertThat(check.repository().fullName()).isEqualTo("EGI-Federation/check-in");
    assertThat(check.url()).isEqualTo("https://github.com/EGI-Federation/check-in/releases/tag/v2.4.0");
    github.verify(1, getRequestedFor(urlEqualTo("/repos/EGI-Federation/check-in/git/ref/tags/v2.4.0")));
  }

  @Test
  void aMissingTagIsReportedAsNotFound() throws Exception {
    github.stubFor(get("/repos/ARGOeu/argo-web-api/git/ref/tags/v9.9.9").willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Not Found\",\"status\":\"404\"}")));

    TagCheck check = new ReleaseTags(liveForge(github.baseUrl()))
        .check(CONTEXT, "https://github.com/ARGOeu/argo-web-api/tree/devel", "v9.9.9").orElseThrow();

    assertThat(check.found()).isFalse();
    assertThat(check.repository().fullName()).isEqualTo("ARGOeu/argo-web-api");
  }

  @Test
  void sourceCodeElsewhereAsksNoForge() throws Exception {
    ReleaseTags tags = new ReleaseTags(liveForge(github.baseUrl()));

    assertThat(tags.check(CONTEXT, "https://gitlab.cern.ch/egi/accounting", "v1.0.0")).isEmpty();
    assertThat(tags.check(CONTEXT, "https://github.com/only-an-owner", "v1.0.0")).isEmpty();
    assertThat(tags.check(CONTEXT, null, "v1.0.0")).isEmpty();
    github.verify(0, anyRequestedFor(anyUrl()));
  }
}
