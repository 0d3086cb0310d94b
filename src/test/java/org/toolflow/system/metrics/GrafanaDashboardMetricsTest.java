package org.toolflow.system.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.toolflow.ToolFlowSpringTest;

/** Every metric the Grafana dashboard's panels query is one {@code /actuator/prometheus} serves. */
@ToolFlowSpringTest
class GrafanaDashboardMetricsTest {

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;
  @Autowired
  OperationsMetrics operationsMetrics;

  @Test
  void theDashboardQueriesOnlyMetricsTheEndpointServes() throws Exception {
    List<String> expressions = DashboardMetricNames.expressions(DashboardMetricNames.DASHBOARD);
    Set<String> queried = new TreeSet<>();
    expressions.forEach(expression -> queried.addAll(DashboardMetricNames.names(expression)));
    PrometheusScrape scrape = new PrometheusScrape(port, identityService);
    operationsMetrics.refresh();
    scrape.scrape();

    Set<String> served = PrometheusScrape.names(scrape.scrape());

    assertThat(expressions).hasSizeGreaterThan(10);
    assertThat(queried).contains("toolflow_tasks_open", "toolflow_outside_calls_seconds_bucket",
        "http_server_requests_seconds_count", "hikaricp_connections_active", "jvm_memory_used_bytes");
    assertThat(served).as("metrics served by %s", PrometheusScrape.PATH).containsAll(queried);
  }
}
