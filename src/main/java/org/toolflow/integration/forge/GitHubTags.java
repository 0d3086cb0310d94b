package org.toolflow.integration.forge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.RemoteHttp;

/** GitHub's REST API: {@code GET /repos/{owner}/{repo}/git/ref/tags/{tag}} answers 200 for a tag, 404 for none. */
class GitHubTags implements ForgeTags {

  static final String SYSTEM_NAME = "Forge";
  private static final String REF = "/repos/{owner}/{repo}/git/ref/tags/{tag}";

  private final RestClient http;
  private final String token;

  GitHubTags(RestClient http, String token) {
    this.http = http;
    this.token = token;
  }

  @Override
  public boolean tagExists(ActionContext context, String owner, String repository, String tag) {
    String path = "/repos/" + owner + "/" + repository + "/git/ref/tags/" + tag;
    return RemoteHttp.call(SYSTEM_NAME, HttpMethod.GET, path, () -> http.get().uri(REF, owner, repository, tag)
        .header(HttpHeaders.ACCEPT, "application/vnd.github+json")
        .header("X-GitHub-Api-Version", "2022-11-28")
        .headers(headers -> {
          if (StringUtils.hasText(token)) {
            headers.setBearerAuth(token);
          }
        })
        .exchange((request, response) -> {
          if (response.getStatusCode().value() == 200) {
            return true;
          }
          if (response.getStatusCode().value() == 404) {
            return false;
          }
          throw RemoteHttp.failure(SYSTEM_NAME, request.getMethod(), request.getURI(), response.getStatusCode(),
              body(response.getBody()));
        }));
  }

  private static String body(InputStream in) throws IOException {
    return new String(in.readNBytes(16 * 1024), StandardCharsets.UTF_8);
  }
}
