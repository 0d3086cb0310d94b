package org.toolflow.integration.forge;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.RemoteHttp;
import org.toolflow.integration.RemoteRefusedException;
import org.toolflow.integration.RemoteUnavailableException;
import org.toolflow.integration.TestTimeouts;

class GitHubTagsTest {

  @RegisterExtension
  static WireMockExtension github = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ActionContext CONTEXT = ActionContext.manual("test", "key-1");
  private static final String REF = "/repos/EGI-Federation/toolx/git/ref/tags/v1.2.0";

  private GitHubTags tags(String token) {
    return new GitHubTags(RemoteHttp.client("Forge", github.baseUrl(), TestTimeouts.SHORT), token);
  }

  @Test
  void anExistingTagAnswers200() {
    github.stubFor(get(REF).willReturn(okJson("""
        {"ref":"refs/tags/v1.2.0","node_id":"MDM6UmVm","url":"https://api.github.com/repos/EGI-Federation/toolx/git/refs/tags/v1.2.0",
         "object":{"sha":"aa218f56b14c9653891f9e74264a383fa43fefbd","type":"tag",
                   "url":"https://api.github.com/repos/EGI-Federation/toolx/git/tags/aa218f56b14c9653891f9e74264a383fa43fefbd"}}""")));

    assertThat(tags("ghp_t0ken").tagExists(CONTEXT, "EGI-Federation", "toolx", "v1.2.0")).isTrue();
    github.verify(1, getRequestedFor(urlEqualTo(REF))
        .withHeader("Accept", equalTo("application/vnd.github+json"))
        .withHeader("X-GitHub-Api-Version", equalTo("2022-11-28"))
        .withHeader("Authorization", equalTo("Bearer ghp_t0ken")));
  }

  @Test
  void aMissingTagAnswers404AndWithoutATokenNoAuthorizationIsSent() {
    github.stubFor(get(REF).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest/git/refs#get-a-reference\",\"status\":\"404\"}")));

    assertThat(tags(null).tagExists(CONTEXT, "EGI-Federation", "toolx", "v1.2.0")).isFalse();
    github.verify(1, getRequestedFor(urlEqualTo(REF)).withHeader("Authorization", absent()));
  }

  @Test
  void aRefusedTokenIsARefusal() {
    github.stubFor(get(REF).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"401\"}")));

    assertThatThrownBy(() -> tags("expired").tagExists(CONTEXT, "EGI-Federation", "toolx", "v1.2.0"))
        .isInstanceOf(RemoteRefusedException.class).hasMessageContaining("401").hasMessageContaining("Bad credentials");
  }

  @Test
  void aServerErrorIsWorthARetry() {
    github.stubFor(get(REF).willReturn(aResponse().withStatus(500).withBody("{\"message\":\"Server Error\"}")));

    assertThatThrownBy(() -> tags(null).tagExists(CONTEXT, "EGI-Federation", "toolx", "v1.2.0"))
        .isInstanceOf(RemoteUnavailableException.class).hasMessageContaining("500").hasMessageContaining("Server Error");
  }
}
