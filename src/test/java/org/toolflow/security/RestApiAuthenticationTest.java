package org.toolflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.TestRest;

@ToolFlowSpringTest
class RestApiAuthenticationTest {

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void anonymousCallToTheEngineRestApiIsRefused() throws Exception {
    assertThat(get("/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
  }

  @Test
  void administratorIsServed() throws Exception {
    // Lists must be paged: the engine refuses a query without maxResults (query-max-results-limit).
    HttpResponse<String> response = get("/engine-rest/process-definition?maxResults=50", basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("[");
  }

  @Test
  void theUsualDemoCredentialsDoNotExist() throws Exception {
    assertThat(get("/engine-rest/process-definition", basic("demo", "demo")).statusCode()).isEqualTo(401);
  }

  @Test
  void wrongPasswordOfTheAdministratorIsRefused() throws Exception {
    assertThat(get("/engine-rest/task", basic(TestUsers.ensureUser(identityService, "rest-wrong-password-probe", "right"), "wrong")).statusCode()).isEqualTo(401);
  }

  @Test
  void engineListStaysOpen() throws Exception {
    assertThat(get("/engine-rest/engine", null).statusCode()).isEqualTo(200);
  }

  @Test
  void healthIsOpenAndNamesEngineAndDatabase() throws Exception {
    HttpResponse<String> health = get("/actuator/health", null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"processEngine\"").contains("\"db\"");
  }

  @Test
  void otherActuatorEndpointsAreNotPublic() throws Exception {
    for (String endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump"}) {
      assertThat(get(endpoint, null).statusCode()).as(endpoint).isEqualTo(404);
    }
  }

  @Test
  void h2ConsoleIsNotExposed() throws Exception {
    assertThat(get("/h2-console", null).statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return TestRest.basic(user, password);
  }
}
