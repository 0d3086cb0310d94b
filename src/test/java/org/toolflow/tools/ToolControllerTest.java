package org.toolflow.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.toolflow.TestUsers;
import org.toolflow.EngineTestCase;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.TestRest;

@ToolFlowSpringTest
class ToolControllerTest extends EngineTestCase {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void anyUserReadsAToolByKeyAsJson() throws Exception {
    Tool tool = registry.registerOnboarding(ToolRegistryTest.newTool());
    String reader = TestUsers.ensureUser(identityService, "registry-reader", "reader-secret");

    HttpResponse<String> response = get("/api/tools/" + tool.key(), reader, "reader-secret");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode body = json.readTree(response.body());
    assertThat(body.path("key").asText()).isEqualTo(tool.key());
    assertThat(body.path("name").asText()).isEqualTo(tool.name());
    assertThat(body.path("teamLeaderPhone").asText()).isEqualTo("+34 600 000 000");
    assertThat(body.path("licence").asText()).isEqualTo("EUPL-1.2");
    assertThat(body.path("otag").asBoolean()).isTrue();
    assertThat(body.path("qualityOfSupport").asText()).isEqualTo("MEDIUM");
    assertThat(body.path("status").asText()).isEqualTo("ONBOARDING");
  }

  @Test
  void theListHoldsEveryToolAndFiltersByStatus() throws Exception {
    Tool onboarding = registry.registerOnboarding(ToolRegistryTest.newTool());
    Tool active = registry.registerOnboarding(ToolRegistryTest.newTool());
    registry.activate(active.key());

    JsonNode all = json.readTree(get("/api/tools", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).body());
    JsonNode activeOnly = json.readTree(get("/api/tools?status=ACTIVE", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).body());

    assertThat(all.findValuesAsText("key")).contains(onboarding.key(), active.key());
    assertThat(activeOnly.findValuesAsText("key")).contains(active.key()).doesNotContain(onboarding.key());
    assertThat(activeOnly.findValuesAsText("status")).containsOnly("ACTIVE");
  }

  @Test
  void anUnknownKeyIs404AndAnUnknownStatusA400NamingTheField() throws Exception {
    HttpResponse<String> missing = get("/api/tools/no-such-tool", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    HttpResponse<String> badStatus = get("/api/tools?status=LIVE", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json.readTree(missing.body()).path("error").asText()).contains("no-such-tool");
    assertThat(badStatus.statusCode()).isEqualTo(400);
    assertThat(json.readTree(badStatus.body()).path("fields").get(0).path("field").asText()).isEqualTo("status");
    assertThat(json.readTree(badStatus.body()).path("fields").get(0).path("message").asText())
        .isEqualTo("must be one of ONBOARDING, ACTIVE, RETIRED");
  }

  @Test
  void anonymousCallsAreRefused() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tools"))
        .GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> get(String path, String user, String password) {
    return new TestRest(port).get(path, user, password);
  }
}
