package org.toolflow.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowApplication;
import org.toolflow.security.Roles;

/**
 * Times the auditor's history search over 100,000 finished instances on H2. A benchmark, not a test: it prints
 * figures and never fails on time. Run alone:
 * {@code ./mvnw -o -q test -Dtest=AuditHistoryBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class AuditHistoryBenchmark {

  static final int INSTANCES = Integer.getInteger("audit.bench.instances", 100_000);
  static final int TOOLS = 200;
  static final int WARM_UP = 5;
  static final int RUNS = 30;

  @Test
  void searchOverALargeHistory() {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ToolFlowApplication.class)
        .web(WebApplicationType.SERVLET)
        .run("--spring.datasource.url=jdbc:h2:mem:audit-bench;DB_CLOSE_DELAY=-1", "--server.port=0",
            "--camunda.bpm.job-execution.enabled=false",
            "--camunda.bpm.process-engine-name=audit-bench", "--toolflow.admin.password=bench-admin-secret",
            "--toolflow.admin.data-dir=target/audit-bench")) {
      ProcessDefinition definition = deploy(app.getBean(RepositoryService.class));
      Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      long loadStart = System.nanoTime();
      fill(app.getBean(JdbcTemplate.class), definition, now);
      System.out.printf("Filled %,d finished instances (+ toolKey variables) in %d ms%n", INSTANCES,
          (System.nanoTime() - loadStart) / 1_000_000);

      IdentityService identity = app.getBean(IdentityService.class);
      String auditor = TestUsers.ensureUser(identity, "bench-auditor", "bench-secret", Roles.AUDITORS);
      InstanceSearch search = app.getBean(InstanceSearch.class);
      LocalDate lastMonth = LocalDate.ofInstant(now, ZoneOffset.UTC).minusMonths(1);
      String from = lastMonth.withDayOfMonth(1).toString();
      String to = lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()).toString();

      identity.setAuthentication(auditor, List.of(Roles.AUDITORS));
      try {
        System.out.printf("%-52s %10s %10s %10s%n", "auditor's search (page of 20, with total)", "p50 ms", "p95 ms", "total");
        time("newest first, no filter", () -> search.search(criteria(null, null, null, null, null, null, "0")));
        time("one process", () -> search.search(criteria("bench-history", null, null, null, null, null, "0")));
        time("one tool (toolKey variable)", () -> search.search(criteria(null, null, "tool-7", null, null, null, "0")));
        time("business key, exact", () -> search.search(criteria(null, "BK-54321", null, null, null, null, "0")));
        time("business key, prefix BK-5432*", () -> search.search(criteria(null, "BK-5432*", null, null, null, null, "0")));
        time("ended last month, completed", () -> search.search(criteria("bench-history", null, null, from, to,
            "completed", "0")));
        time("ended last month, one tool", () -> search.search(criteria(null, null, "tool-7", from, to, null, "0")));
        time("no filter, page 1000", () -> search.search(criteria(null, null, null, null, null, null, "1000")));
      } finally {
        identity.clearAuthentication();
      }
    }
  }

  private static SearchCriteria criteria(String process, String businessKey, String toolKey, String finishedFrom,
      String finishedTo, String state, String page) {
    return SearchCriteria.parse(process, businessKey, toolKey, null, null, finishedFrom, finishedTo, state, page, "20");
  }

  private static void time(String what, Supplier<InstanceSearch.Page> search) {
    for (int i = 0; i < WARM_UP; i++) {
      search.get();
    }
    List<Long> micros = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      total = search.get().total();
      micros.add((System.nanoTime() - start) / 1_000);
    }
    Collections.sort(micros);
    System.out.printf("%-52s %10.1f %10.1f %,10d%n", what, micros.get(RUNS / 2) / 1000.0,
        micros.get((int) Math.ceil(RUNS * 0.95) - 1) / 1000.0, total);
  }

  private static ProcessDefinition deploy(RepositoryService repository) {
    repository.createDeployment().addModelInstance("bench-history.bpmn", Bpmn.createExecutableProcess("bench-history")
        .camundaHistoryTimeToLive(180).startEvent("Event_Start").userTask("Task_Work").endEvent("Event_End").done())
        .deploy();
    return repository.createProcessDefinitionQuery().processDefinitionKey("bench-history").singleResult();
  }

  // Rows as the engine writes them for a finished instance, inserted in batches: the search reads only these tables.
  private static void fill(JdbcTemplate jdbc, ProcessDefinition definition, Instant now) {
    List<Object[]> instances = new ArrayList<>();
    List<Object[]> variables = new ArrayList<>();
    for (int i = 0; i < INSTANCES; i++) {
      String id = UUID.randomUUID().toString();
      // Spread over the last 400 days, newest last.
      Instant start = now.minus(400L * 24 * 60 * (INSTANCES - i) / INSTANCES, ChronoUnit.MINUTES);
      Instant end = start.plus(3, ChronoUnit.DAYS);
      instances.add(new Object[] {id, id, "BK-" + i, definition.getKey(), definition.getId(), Timestamp.from(start),
          Timestamp.from(end), end.toEpochMilli() - start.toEpochMilli(), "requester-" + (i % 50), "Event_Start",
          "Event_End", id, "COMPLETED"});
      variables.add(new Object[] {UUID.randomUUID().toString(), definition.getKey(), definition.getId(), id, id, id,
          "toolKey", "string", Timestamp.from(start), 1, "tool-" + (i % TOOLS), "CREATED"});
      if (instances.size() == 5_000 || i == INSTANCES - 1) {
        jdbc.batchUpdate("INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, "
            + "START_TIME_, END_TIME_, DURATION_, START_USER_ID_, START_ACT_ID_, END_ACT_ID_, ROOT_PROC_INST_ID_, STATE_) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", instances);
        jdbc.batchUpdate("INSERT INTO ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, "
            + "EXECUTION_ID_, NAME_, VAR_TYPE_, CREATE_TIME_, REV_, TEXT_, STATE_) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", variables);
        instances.clear();
        variables.clear();
      }
    }
  }
}
