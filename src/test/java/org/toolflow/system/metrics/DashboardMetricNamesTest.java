package org.toolflow.system.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The PromQL reading the dashboard test relies on: names found, functions, labels and ranges left out. */
class DashboardMetricNamesTest {

  @Test
  void aRateOverASelectorNamesItsMetricOnly() {
    assertThat(DashboardMetricNames.names(
        "sum by (system, outcome) (rate(toolflow_outside_calls_seconds_count{application=\"toolflow\", "
            + "instance=~\"$instance\"}[$__rate_interval])) * 60"))
        .containsExactly("toolflow_outside_calls_seconds_count");
  }

  @Test
  void aRatioAndAQuantileNameEveryMetricTheyRead() {
    assertThat(DashboardMetricNames.names("sum(rate(a_sum[5m])) / sum(rate(a_count[5m])) + "
        + "histogram_quantile(0.95, sum by (le) (rate(b_bucket{outcome=\"live\"}[5m])))"))
        .containsExactlyInAnyOrder("a_sum", "a_count", "b_bucket");
  }

  @Test
  void keywordsNumbersAndTimeAreNoMetrics() {
    assertThat(DashboardMetricNames.names("time() - max(x_seconds) > 0 and on (instance) y_total offset 5m "
        + "or sum by (process) (max without (instance) (z_open))"))
        .containsExactlyInAnyOrder("x_seconds", "y_total", "z_open");
  }
}
