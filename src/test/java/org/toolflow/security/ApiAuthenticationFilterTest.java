package org.toolflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.TestRest;

@ToolFlowSpringTest
class ApiAuthenticationFilterTest {

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void anonymousCallsToTheApiAreRefusedWithAChallenge() throws Exception {
    HttpResponse<String> response = get(null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  @Test
  void aKnownUserIsServedAsThemselvesWithTheirGroups() throws Exception {
    HttpResponse<String> response = get(basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"id\":\"admin\"").contains("camunda-admin");
  }

  @Test
  void aWrongPasswordOrGarbledHeaderIsRefused() throws Exception {
    assertThat(get(basic(TestUsers.ensureUser(identityService, "api-wrong-password-probe", "right"), "nope")).statusCode()).isEqualTo(401);
    assertThat(get("Basic %%%").statusCode()).isEqualTo(401);
    assertThat(get("Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8))).statusCode())
        .isEqualTo(401);
  }

  private HttpResponse<String> get(String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me")).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return TestRest.basic(user, password);
  }
}
