package org.toolflow.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.toolflow.change.ChangeRequestProcess.Elements.APPROVE_PRODUCT_TEAMS;
import static org.toolflow.change.ChangeRequestProcess.Elements.ASSESS;
import static org.toolflow.change.ChangeRequestProcess.Elements.CREATE_RT_TICKET;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.TestClock;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.system.metrics.OperationsMetrics;
import org.toolflow.system.metrics.PrometheusScrape;

/** A change request moving through its first steps shows in the scraped gauges after a refresh. */
@ToolFlowSpringTest
class ChangeMetricsTest extends ChangeTestCase {

  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  @Autowired
  ManagementService managementService;
  @Autowired
  OperationsMetrics operationsMetrics;

  PrometheusScrape scrape;

  @BeforeEach
  void setUp() {
    scrape = new PrometheusScrape(port, identityService);
    TestClock.freezeAt(NOW);
  }

  @Test
  void aNormalChangeShowsAsNewWithItsOpenTaskThenMovesToTheNextGroup() {
    String tool = fixtures.activeTool(false);
    String team = "team-" + tool;
    String requester = fixtures.user("requester", team);
    String assessor = fixtures.user("assessor", team);
    managementService.reportDbMetricsNow();
    operationsMetrics.refresh();
    String before = scrape.scrape();

    ProcessInstance change = support.file(requester, ChangeRequestProcessTest.request(tool, "normal", Map.of()));
    execute(job(CREATE_RT_TICKET, change));
    assertThat(change).isWaitingAt(ASSESS);
    taskService.setDueDate(task(ASSESS, change).getId(), Date.from(NOW.minus(1, ChronoUnit.HOURS)));
    managementService.reportDbMetricsNow();
    operationsMetrics.refresh();
    String filed = scrape.scrape();

    assertThat(gauge(filed, "toolflow_changes", "status", "new"))
        .isEqualTo(gauge(before, "toolflow_changes", "status", "new") + 1);
    assertThat(tasks(filed, "toolflow_tasks_open", team)).isEqualTo(1);
    assertThat(tasks(filed, "toolflow_tasks_overdue", team)).isEqualTo(1);
    assertThat(calls(filed)).isGreaterThan(calls(before));
    assertThat(gauge(filed, "toolflow_job_executor_events", "event", "job-successful"))
        .isGreaterThan(gauge(before, "toolflow_job_executor_events", "event", "job-successful"));

    support.complete(assessor, task(ASSESS, change), ChangeRequestProcessTest.assessment(2, LocalDate.of(2026, 4, 1)));
    assertThat(change).isWaitingAt(APPROVE_PRODUCT_TEAMS);
    operationsMetrics.refresh();
    String assessed = scrape.scrape();

    assertThat(tasks(assessed, "toolflow_tasks_open", team)).isEqualTo(1);
    assertThat(tasks(assessed, "toolflow_tasks_overdue", team)).isZero();
    assertThat(gauge(assessed, "toolflow_changes", "status", "new")).isEqualTo(gauge(filed, "toolflow_changes", "status", "new"));
  }

  private static double tasks(String text, String name, String group) {
    return PrometheusScrape.value(text, name, Map.of("process", ChangeRequestProcess.PROCESS_KEY,
        "candidate_group", group));
  }

  private static double calls(String text) {
    return PrometheusScrape.value(text, "toolflow_outside_calls_seconds_count",
        Map.of("system", "rt", "outcome", "dry-run"));
  }

  private static double gauge(String text, String name, String label, String value) {
    return PrometheusScrape.value(text, name, Map.of(label, value));
  }
}
