package org.toolflow.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.ActingAs;
import org.toolflow.EngineTestCase;
import org.toolflow.TestClock;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;

/**
 * The history query without DISTINCT answers exactly what the engine's own statement answers: the same instances in
 * the same order and the same counts, with and without the joins that repeat an instance (variables in two scopes,
 * two incidents, the caller's authorizations), for a caller the engine checks and for one it does not.
 */
@ToolFlowSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoricInstancesWithoutDistinctTest extends EngineTestCase {

  private static final String PROBE = "history-distinct-probe";
  private static final String READER = "hid-reader";
  private static final String STRANGER = "hid-stranger";

  @Autowired
  HistoryService historyService;
  @Autowired
  AuthorizationService authorizationService;

  private String deploymentId;
  private String readerGrantId;

  /** Once, inside the first test: process coverage records only within a test. */
  @BeforeEach
  void probeInstances() {
    if (deploymentId != null) {
      return;
    }
    TestUsers.ensureUser(identityService, READER, READER + "-secret", "hid-readers");
    TestUsers.ensureUser(identityService, STRANGER, STRANGER + "-secret", "hid-strangers");
    deploymentId = repositoryService.createDeployment().name(PROBE).addModelInstance(PROBE + ".bpmn",
        Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(180).startEvent().userTask("work").endEvent()
            .done()).deploy().getId();
    Instant first = TestClock.now();
    for (int i = 0; i < 24; i++) {
      // Instances share a start time in threes, so the order by id decides between them.
      TestClock.freezeAt(first.plusSeconds(i / 3));
      ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROBE, "HID-" + (i % 6) + "-" + i,
          Map.of("toolKey", "hid-tool-" + (i % 3)));
      String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
      if (i % 4 == 0) {
        // The same name and value in a second scope: the variable join then yields the instance twice.
        taskService.setVariableLocal(taskId, "toolKey", "hid-tool-" + (i % 3));
      }
      if (i % 5 == 0) {
        runtimeService.createIncident("hid-failure", instance.getId(), "first");
        runtimeService.createIncident("hid-failure", instance.getId(), "second");
      }
      if (i % 2 == 0) {
        taskService.complete(taskId);
      } else if (i % 7 == 0) {
        runtimeService.deleteProcessInstance(instance.getId(), "probe cancelled");
      }
    }
    Authorization grant = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    grant.setGroupId("hid-readers");
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(PROBE);
    grant.addPermission(ProcessDefinitionPermissions.READ_HISTORY);
    readerGrantId = authorizationService.saveAuthorization(grant).getId();
  }

  @AfterAll
  void removeProbe() {
    if (deploymentId == null) {
      return;
    }
    authorizationService.deleteAuthorization(readerGrantId);
    repositoryService.deleteDeployment(deploymentId, true);
  }

  record Answer(List<String> ids, long count, List<String> page) {
  }

  @Test
  void theEngineRunsTheStatementsWithoutDistinct() {
    DbSqlSessionFactory sessions = configuration().getDbSqlSessionFactory();
    assertThat(sessions.mapStatement("selectHistoricProcessInstancesByQueryCriteria"))
        .isEqualTo("selectHistoricProcessInstancesByQueryCriteriaWithoutDistinct");
    assertThat(sessions.mapStatement("selectHistoricProcessInstanceCountByQueryCriteria"))
        .isEqualTo("selectHistoricProcessInstanceCountByQueryCriteriaWithoutDistinct");
    // Without this the comparisons below could compare the engine's statement with itself.
    Map<String, String> mappings = sessions.getStatementMappings();
    Map<String, String> broken = new HashMap<>(mappings);
    broken.put("selectHistoricProcessInstancesByQueryCriteria", "noSuchHistoryStatement");
    sessions.setStatementMappings(broken);
    try {
      assertThatThrownBy(() -> historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROBE).list())
          .hasStackTraceContaining("noSuchHistoryStatement");
    } finally {
      sessions.setStatementMappings(mappings);
    }
  }

  @Test
  void onlyQueriesWithoutRepeatingJoinsLeaveDistinctOut() {
    assertThat(oneRowPerInstance(q -> q.processDefinitionKey(PROBE).unfinished())).isTrue();
    assertThat(oneRowPerInstance(q -> q.processInstanceBusinessKeyLike("HID-1%").startedAfter(new Date(0))))
        .isTrue();
    assertThat(oneRowPerInstance(q -> q.variableValueEquals("toolKey", "hid-tool-1"))).isFalse();
    assertThat(oneRowPerInstance(HistoricProcessInstanceQuery::withIncidents)).isFalse();
    assertThat(oneRowPerInstance(q -> q.incidentType("hid-failure"))).isFalse();
    assertThat(oneRowPerInstance(q -> q.or().withIncidents().unfinished().endOr())).isFalse();
    assertThat(oneRowPerInstance(q -> q.executedActivityIdIn("work"))).isFalse();
    assertThat(oneRowPerInstance(q -> q.activeActivityIdIn("work"))).isFalse();
    assertThat(oneRowPerInstance(q -> q.activityIdIn("work"))).isFalse();
  }

  @Test
  void everyQueryAnswersAsTheEngineStatementDoes() {
    Map<String, Function<HistoricProcessInstanceQuery, HistoricProcessInstanceQuery>> queries = new LinkedHashMap<>();
    queries.put("newest first", q -> q.processDefinitionKey(PROBE).orderByProcessInstanceStartTime().desc()
        .orderByProcessInstanceId().asc());
    queries.put("running", q -> q.processDefinitionKey(PROBE).unfinished().orderByProcessInstanceId().asc());
    queries.put("completed", q -> q.processDefinitionKey(PROBE).completed().orderByProcessInstanceId().asc());
    queries.put("business key prefix", q -> q.processInstanceBusinessKeyLike("HID-1-%")
        .orderByProcessInstanceStartTime().asc().orderByProcessInstanceId().asc());
    queries.put("tool, in two scopes", q -> q.processDefinitionKey(PROBE).variableValueEquals("toolKey", "hid-tool-0")
        .orderByProcessInstanceStartTime().desc().orderByProcessInstanceId().asc());
    queries.put("two incidents each", q -> q.processDefinitionKey(PROBE).withIncidents().orderByProcessInstanceId()
        .desc());
    queries.put("incidents or running", q -> q.processDefinitionKey(PROBE).or().withIncidents().unfinished().endOr()
        .orderByProcessInstanceId().asc());
    queries.put("terminated", q -> q.processDefinitionKey(PROBE).or().externallyTerminated().internallyTerminated()
        .endOr().orderByProcessInstanceId().asc());
    int nonEmpty = 0;
    for (String caller : new String[] {null, READER, STRANGER}) {
      for (Map.Entry<String, Function<HistoricProcessInstanceQuery, HistoricProcessInstanceQuery>> query
          : queries.entrySet()) {
        String what = caller + ", " + query.getKey();
        Answer withoutDistinct = answer(caller, query.getValue(), true);
        assertThat(withoutDistinct).as(what).isEqualTo(answer(caller, query.getValue(), false));
        // No instance twice, so nothing a repeating join adds is passed on.
        assertThat(withoutDistinct.ids()).as(what).doesNotHaveDuplicates();
        nonEmpty += withoutDistinct.ids().isEmpty() ? 0 : 1;
      }
    }
    // Everything for the engine itself and the reader; nothing for the stranger.
    assertThat(nonEmpty).as("comparisons with instances in them").isEqualTo(2 * queries.size());
    assertThat(answer(null, queries.get("newest first"), true).count()).isEqualTo(24);
  }

  private Answer answer(String caller, Function<HistoricProcessInstanceQuery, HistoricProcessInstanceQuery> query,
      boolean withoutDistinct) {
    return withStatements(withoutDistinct, () -> asCaller(caller, () -> new Answer(
        query.apply(historyService.createHistoricProcessInstanceQuery()).unlimitedList().stream()
            .map(HistoricProcessInstance::getId).toList(),
        query.apply(historyService.createHistoricProcessInstanceQuery()).count(),
        query.apply(historyService.createHistoricProcessInstanceQuery()).listPage(2, 5).stream()
            .map(HistoricProcessInstance::getId).toList())));
  }

  private <T> T asCaller(String caller, Supplier<T> call) {
    return caller == null ? call.get() : ActingAs.as(identityService, caller, call);
  }

  private <T> T withStatements(boolean withoutDistinct, Supplier<T> call) {
    DbSqlSessionFactory sessions = configuration().getDbSqlSessionFactory();
    EngineStatements.use(sessions, HistoricInstancesWithoutDistinct.STATEMENTS, withoutDistinct);
    try {
      return call.get();
    } finally {
      EngineStatements.use(sessions, HistoricInstancesWithoutDistinct.STATEMENTS, true);
    }
  }

  private static boolean oneRowPerInstance(
      Function<HistoricProcessInstanceQuery, HistoricProcessInstanceQuery> query) {
    HistoricProcessInstanceQueryImpl built = new HistoricProcessInstanceQueryImpl();
    query.apply(built);
    return HistoricInstancesWithoutDistinct.oneRowPerInstance(built);
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }
}
