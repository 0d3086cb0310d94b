package org.toolflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.toolflow.ToolFlowSpringTest;

/** Without credentials only health, the engine list and the webapps' login pages answer. */
@ToolFlowSpringTest
class AnonymousAccessTest {

  @LocalServerPort
  int port;

  private TestHttp http;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
  }

  @Test
  void healthTheEngineListAndTheLoginPagesAreOpen() {
    for (String path : List.of("/actuator/health", "/engine-rest/engine", "/camunda/app/tasklist/default/",
        "/camunda/app/cockpit/default/", "/camunda/app/admin/default/", "/camunda/app/welcome/default/")) {
      assertThat(http.get(path, null).statusCode()).as(path).isEqualTo(200);
    }
  }

  @Test
  void everyApiRefusesAnonymousReads() {
    for (String path : List.of("/engine-rest/task?maxResults=1", "/engine-rest/process-definition?maxResults=1",
        "/engine-rest/process-instance?maxResults=1", "/engine-rest/history/process-instance?maxResults=1",
        "/engine-rest/deployment?maxResults=1", "/engine-rest/user?maxResults=1", "/engine-rest/authorization?maxResults=1",
        "/engine-rest/version", "/api/me",
        "/camunda/api/engine/engine/default/task?maxResults=1",
        "/camunda/api/engine/engine/default/process-definition?maxResults=1",
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
        "/camunda/api/admin/auth/user/default")) {
      HttpResponse<String> answer = http.get(path, null);
      assertThat(answer.statusCode()).as(path).isIn(401, 403, 404);
      assertThat(answer.body()).as(path).doesNotContain("\"id\"");
    }
  }

  @Test
  void everyApiRefusesAnonymousChanges() {
    assertThat(http.json("POST", "/engine-rest/deployment/create", null, "{}").statusCode()).isEqualTo(401);
    assertThat(http.json("POST", "/engine-rest/user/create", null,
        "{\"profile\":{\"id\":\"anonymous-made\"},\"credentials\":{\"password\":\"x\"}}").statusCode()).isEqualTo(401);
    assertThat(http.json("POST", "/api/me", null, "{}").statusCode()).isEqualTo(401);
    assertThat(http.json("POST", "/camunda/api/engine/engine/default/process-definition/key/access-probe/start", null, "{}")
        .statusCode()).isIn(401, 403);
  }

  @Test
  void theFirstAdministratorSetupIsClosedBecauseAnAdministratorExists() {
    // With a valid CSRF token, so the refusal comes from the setup check itself.
    HttpResponse<String> answer = http.open("admin").post("/camunda/api/admin/setup/default/user/create",
        "{\"profile\":{\"id\":\"setup-intruder\"},\"credentials\":{\"password\":\"a-long-password\"}}", true);

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body()).contains("Setup action not available");
  }
}
