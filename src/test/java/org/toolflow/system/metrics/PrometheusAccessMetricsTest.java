package org.toolflow.system.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.toolflow.TestRest;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.security.Roles;

/** Who may scrape {@code /actuator/prometheus}: the monitoring group and nobody else; health stays open. */
@ToolFlowSpringTest
class PrometheusAccessMetricsTest {

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;
  @Autowired
  OperationsMetrics operationsMetrics;

  private final HttpClient http = HttpClient.newHttpClient();
  private TestRest rest;
  private PrometheusScrape scrape;

  @BeforeEach
  void setUp() {
    rest = new TestRest(port);
    scrape = new PrometheusScrape(port, identityService);
  }

  @Test
  void anonymousScrapeIsRefusedWithABasicChallenge() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + PrometheusScrape.PATH)).GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        challenge -> assertThat(challenge).startsWith("Basic"));
    assertThat(response.body()).doesNotContain("toolflow_");
  }

  @Test
  void aWrongPasswordIsRefused() {
    String user = TestUsers.ensureUser(identityService, "metrics-wrong-password-probe", "right", Roles.MONITORING);

    assertThat(rest.get(PrometheusScrape.PATH, user, "wrong").statusCode()).isEqualTo(401);
  }

  @Test
  void anOrdinaryOperatorIsForbidden() {
    String operator = TestUsers.ensureUser(identityService, "metrics-operator-probe", "operator-secret",
        Roles.EGI_OPERATIONS);

    HttpResponse<String> response = rest.get(PrometheusScrape.PATH, operator, "operator-secret");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains(Roles.MONITORING).doesNotContain("toolflow_");
  }

  @Test
  void theMonitoringUserGetsToolFlowJvmHttpAndPoolMetrics() {
    operationsMetrics.refresh();
    scrape.scrape();

    String text = scrape.scrape();

    assertThat(PrometheusScrape.names(text)).contains("toolflow_tasks_open", "toolflow_tasks_overdue",
        "toolflow_incidents_open", "toolflow_jobs", "toolflow_job_executor_events", "toolflow_job_executor_active",
        "toolflow_changes", "toolflow_releases", "toolflow_metrics_refreshed_seconds",
        "toolflow_outside_calls_seconds_count", "jvm_memory_used_bytes", "http_server_requests_seconds_count",
        "hikaricp_connections_active");
    // Every system and outcome is served from the start, so a dashboard shows zeros rather than gaps.
    assertThat(PrometheusScrape.value(text, "toolflow_outside_calls_seconds_count",
        Map.of("system", "gocdb", "outcome", "refused"))).isGreaterThanOrEqualTo(0);
  }

  @Test
  void noActuatorIndexTellsAnonymousCallersWhatIsServed() throws Exception {
    HttpResponse<String> index = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator"))
        .GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(index.statusCode()).isEqualTo(404);
    assertThat(index.body()).doesNotContain("prometheus");
  }

  @Test
  void healthStaysOpen() {
    assertThat(rest.get("/actuator/health", "nobody", "nothing").statusCode()).isEqualTo(200);
  }

  @Test
  void theMonitoringCredentialChangesNothingThroughTheApi() {
    HttpResponse<String> response = rest.send("POST", "/api/changes", PrometheusScrape.SCRAPER,
        PrometheusScrape.SCRAPER_PASSWORD, "{}");

    assertThat(response.statusCode()).isEqualTo(403);
  }
}
