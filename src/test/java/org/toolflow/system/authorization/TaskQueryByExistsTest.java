package org.toolflow.system.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.ActingAs;
import org.toolflow.TestUsers;
import org.toolflow.EngineTestCase;
import org.toolflow.ToolFlowSpringTest;

/**
 * The task query with the sub-query check answers exactly what the engine's own statement answers: the same
 * tasks in the same order and the same counts, for users without groups, in one group, in many groups, with
 * grants on a task, a process definition or '*', in a group without any grant, and under revokes.
 */
@ToolFlowSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskQueryByExistsTest extends EngineTestCase {

  private static final String PROBE = "task-query-probe";
  private static final List<String> CANDIDATES =
      List.of("tqp-a", "tqp-b", "tqp-a,tqp-c", "tqp-d", "tqp-e,tqp-x", "tqp-revoked", "egi-operations");

  /** User → groups. */
  private static final Map<String, List<String>> PEOPLE = Map.of(
      "tqp-none", List.of(),
      "tqp-one", List.of("tqp-a"),
      "tqp-many", List.of("tqp-a", "tqp-b", "tqp-c", "tqp-d", "tqp-e", "egi-operations", "omb"),
      "tqp-definition", List.of("tqp-def", "tqp-b"),
      "tqp-star", List.of("tqp-x"),
      "tqp-nogrant", List.of("tqp-y", "tqp-z"),
      "tqp-revoked", List.of("tqp-revoked", "tqp-b"),
      "tqp-auditor", List.of("auditors", "tqp-a"));

  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  FilterService filterService;

  private final List<String> authorizationIds = new ArrayList<>();
  private String deploymentId;
  private String standaloneTaskId;

  /** Once, inside the first test: process coverage records only within a test. */
  @BeforeEach
  void probeTasksAndPeople() {
    if (deploymentId != null) {
      return;
    }
    PEOPLE.forEach((user, groups) -> TestUsers.ensureUser(identityService, user, user + "-secret",
        groups.toArray(String[]::new)));
    deploymentId = repositoryService.createDeployment().name(PROBE)
        .addClasspathResource("authorization/" + PROBE + ".bpmn").deploy().getId();
    for (int i = 0; i < 28; i++) {
      String instanceId = runtimeService.startProcessInstanceByKey(PROBE,
          Map.of("candidateGroups", CANDIDATES.get(i % CANDIDATES.size()))).getId();
      String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
      if (i % 5 == 0) {
        taskService.setAssignee(taskId, "tqp-one");
      }
      if (i % 4 == 1) {
        taskService.addCandidateUser(taskId, "tqp-none");
      }
    }
    // A task outside any process: the engine's check joins the definition with a left join for it.
    Task standalone = taskService.newTask();
    standalone.setName("Standalone probe");
    taskService.saveTask(standalone);
    standaloneTaskId = standalone.getId();
    taskService.addCandidateGroup(standaloneTaskId, "tqp-a");
    grantUser("tqp-star", Resources.TASK, "*", Permissions.READ);
    grantGroup("tqp-def", Resources.PROCESS_DEFINITION, PROBE, ProcessDefinitionPermissions.READ_TASK);
    grantGroup("tqp-revoked", Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ_TASK);
    Authorization revoke = authorizationService.createNewAuthorization(AUTH_TYPE_REVOKE);
    revoke.setGroupId("tqp-revoked");
    revoke.setResource(Resources.PROCESS_DEFINITION);
    revoke.setResourceId(PROBE);
    revoke.removePermission(ProcessDefinitionPermissions.READ_TASK);
    authorizationIds.add(authorizationService.saveAuthorization(revoke).getId());
  }

  @AfterAll
  void removeProbe() {
    if (deploymentId == null) {
      return;
    }
    authorizationIds.forEach(authorizationService::deleteAuthorization);
    taskService.deleteTask(standaloneTaskId, true);
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void theEngineRunsTheSubQueryStatementsAndOpensTheOwnGroupsManager() {
    ProcessEngineConfigurationImpl engine = configuration();
    assertThat(engine.getDbSqlSessionFactory().mapStatement("selectTaskByQueryCriteria"))
        .isEqualTo("selectTaskByQueryCriteriaByExists");
    assertThat(engine.getDbSqlSessionFactory().mapStatement("selectTaskCountByQueryCriteria"))
        .isEqualTo("selectTaskCountByQueryCriteriaByExists");
    assertThat(engine.getSessionFactories().get(AuthorizationManager.class))
        .isInstanceOf(OwnGroupsAuthorizationManagerFactory.class);
    // The count takes its sub-query form only where that is fast: PostgreSQL, not H2 (chosen when it was parsed).
    TaskQueryImpl byGroup = (TaskQueryImpl) taskService.createTaskQuery().taskCandidateGroup("tqp-a");
    String countSql = engine.getSqlSessionFactory().getConfiguration()
        .getMappedStatement("selectTaskCountByQueryCriteriaByExists").getBoundSql(byGroup).getSql();
    assertThat(countSql.replaceAll("\\s+", " ").contains("EXISTS (SELECT I.ID_ FROM"))
        .isEqualTo("postgres".equals(engine.getDatabaseType()));
  }

  @Test
  void theEngineAsksForTasksAndTheirCountByTheMappedNames() {
    // Without this the comparisons below could compare the engine's statement with itself.
    DbSqlSessionFactory sessions = configuration().getDbSqlSessionFactory();
    Map<String, String> mappings = sessions.getStatementMappings();
    Map<String, String> broken = new HashMap<>(mappings);
    broken.put("selectTaskByQueryCriteria", "noSuchTaskStatement");
    broken.put("selectTaskCountByQueryCriteria", "noSuchTaskCountStatement");
    sessions.setStatementMappings(broken);
    try {
      assertThatThrownBy(() -> as("tqp-one", q -> q.processDefinitionKey(PROBE)))
          .hasStackTraceContaining("noSuchTaskStatement");
      assertThatThrownBy(() -> count("tqp-one", q -> q.processDefinitionKey(PROBE)))
          .hasStackTraceContaining("noSuchTaskCountStatement");
    } finally {
      sessions.setStatementMappings(mappings);
    }
  }

  @Test
  void onlyAPlainListOfCandidateGroupsIsCheckedBySubQuery() {
    assertThat(candidatesByExists(q -> q.taskCandidateGroupIn(List.of("tqp-a", "tqp-b")))).isTrue();
    assertThat(candidatesByExists(q -> q.taskCandidateGroup("tqp-a").includeAssignedTasks())).isTrue();
    assertThat(candidatesByExists(q -> q.taskCandidateGroup("tqp-a").orderByDueDate().desc())).isTrue();
    assertThat(candidatesByExists(q -> q.taskCandidateUser("tqp-none"))).isFalse();
    assertThat(candidatesByExists(q -> q.taskCandidateGroupLike("tqp-%"))).isFalse();
    assertThat(candidatesByExists(q -> q.taskCandidateGroup("tqp-a").withCandidateGroups())).isFalse();
    assertThat(candidatesByExists(q -> q.taskCandidateGroup("tqp-a").taskInvolvedUser("tqp-one"))).isFalse();
    assertThat(candidatesByExists(q -> q.or().taskAssignee("tqp-one").taskCandidateGroup("tqp-a").endOr())).isFalse();
    assertThat(candidatesByExists(q -> q.taskCandidateGroup("tqp-a").orderByProcessVariable("x", ValueType.STRING).asc()))
        .isFalse();
    assertThat(candidatesByExists(q -> q.processDefinitionKey(PROBE))).isFalse();
  }

  private boolean candidatesByExists(Function<TaskQuery, TaskQuery> query) {
    return TaskQueryByExists.candidatesByExists((TaskQueryImpl) query.apply(taskService.createTaskQuery()));
  }

  @Test
  void peopleSeeTheTasksTheirGrantsOpen() {
    List<String> probeTasks = as("tqp-one", q -> q.processDefinitionKey(PROBE).orderByTaskId().asc());
    // tqp-a tasks (i % 7 in {0, 2}: 8) and those assigned to tqp-one (i % 5 == 0: 5 more).
    assertThat(probeTasks).hasSize(13);
    assertThat(count("tqp-definition", q -> q.processDefinitionKey(PROBE))).isEqualTo(28);
    assertThat(count("tqp-star", q -> q.processDefinitionKey(PROBE))).isEqualTo(28);
    assertThat(count("tqp-nogrant", q -> q.processDefinitionKey(PROBE))).isZero();
    assertThat(count("tqp-none", q -> q.processDefinitionKey(PROBE))).isEqualTo(7);
    // The revoke on the probe wins over the grant on every definition: only the tasks of the user's groups remain.
    assertThat(count("tqp-revoked", q -> q.processDefinitionKey(PROBE))).isEqualTo(8);
    assertThat(as("tqp-one", q -> q.taskId(standaloneTaskId))).containsExactly(standaloneTaskId);
    assertThat(as("tqp-star", q -> q.taskId(standaloneTaskId))).containsExactly(standaloneTaskId);
    assertThat(as("tqp-nogrant", q -> q.taskId(standaloneTaskId))).isEmpty();
  }

  @Test
  void everyQueryAnswersAsTheEngineStatementDoes() {
    Map<String, Function<TaskQuery, TaskQuery>> queries = Map.of(
        "everything", q -> q.orderByTaskId().asc(),
        "probe, newest first", q -> q.processDefinitionKey(PROBE).orderByTaskCreateTime().desc().orderByTaskId().asc(),
        "one candidate group", q -> q.taskCandidateGroup("tqp-a").orderByTaskId().asc(),
        "candidate groups with assigned", q -> q.taskCandidateGroupIn(List.of("tqp-a", "tqp-b", "tqp-revoked"))
            .includeAssignedTasks().orderByTaskId().asc(),
        "assignee or groups", q -> q.or().taskAssignee("tqp-one").taskCandidateGroupIn(List.of("tqp-d", "tqp-b"))
            .endOr().orderByTaskId().asc(),
        "candidate user", q -> q.taskCandidateUser("tqp-none").orderByTaskId().asc(),
        "unassigned, by name", q -> q.taskUnassigned().orderByTaskName().asc().orderByTaskId().asc());
    int nonEmpty = 0;
    for (String user : PEOPLE.keySet()) {
      for (Map.Entry<String, Function<TaskQuery, TaskQuery>> query : queries.entrySet()) {
        String what = user + ", " + query.getKey();
        Answer bySubQueries = answer(user, query.getValue(), true);
        Answer byEngine = answer(user, query.getValue(), false);
        assertThat(bySubQueries).as(what).isEqualTo(byEngine);
        nonEmpty += bySubQueries.ids().isEmpty() ? 0 : 1;
      }
    }
    assertThat(nonEmpty).as("comparisons with tasks in them").isGreaterThan(30);
  }

  @Test
  void tasklistFiltersAnswerAsTheEngineStatementDoes() {
    List<Filter> filters = filterService.createTaskFilterQuery().unlimitedList();
    assertThat(filters).extracting(Filter::getName).contains("My groups' tasks", "All I may see");
    for (String user : PEOPLE.keySet()) {
      for (Filter filter : filters) {
        String what = user + ", " + filter.getName();
        assertThat(filterAnswer(user, filter, true)).as(what).isEqualTo(filterAnswer(user, filter, false));
      }
    }
  }

  record Answer(List<String> ids, long count, List<String> firstPage) {
  }

  private Answer answer(String user, Function<TaskQuery, TaskQuery> query, boolean bySubQueries) {
    return withStatements(bySubQueries, () -> ActingAs.as(identityService, user, () -> new Answer(
        ids(query.apply(taskService.createTaskQuery())),
        query.apply(taskService.createTaskQuery()).count(),
        query.apply(taskService.createTaskQuery()).listPage(2, 5).stream().map(Task::getId).toList())));
  }

  /** The tasks and the count, or the engine's refusal ("My groups' tasks" of a user without groups). */
  private String filterAnswer(String user, Filter filter, boolean bySubQueries) {
    return withStatements(bySubQueries, () -> ActingAs.as(identityService, user, () -> {
      try {
        return filterService.<Task>listPage(filter.getId(), 0, 2000).stream().map(Task::getId).sorted().toList()
            + " count " + filterService.count(filter.getId());
      } catch (ProcessEngineException refused) {
        return "refused: " + refused.getMessage();
      }
    }));
  }

  private List<String> as(String user, Function<TaskQuery, TaskQuery> query) {
    return ActingAs.as(identityService, user, () -> ids(query.apply(taskService.createTaskQuery())));
  }

  private long count(String user, Function<TaskQuery, TaskQuery> query) {
    return ActingAs.as(identityService, user, () -> query.apply(taskService.createTaskQuery()).count());
  }

  private static List<String> ids(TaskQuery query) {
    return query.listPage(0, 2000).stream().map(Task::getId).toList();
  }

  private <T> T withStatements(boolean bySubQueries, java.util.function.Supplier<T> call) {
    DbSqlSessionFactory sessions = configuration().getDbSqlSessionFactory();
    TaskQueryByExists.use(sessions, bySubQueries);
    try {
      return call.get();
    } finally {
      TaskQueryByExists.use(sessions, true);
    }
  }

  private void grantUser(String userId, Resource resource, String resourceId, Permission permission) {
    Authorization grant = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    grant.setUserId(userId);
    save(grant, resource, resourceId, permission);
  }

  private void grantGroup(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization grant = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    grant.setGroupId(groupId);
    save(grant, resource, resourceId, permission);
  }

  private void save(Authorization grant, Resource resource, String resourceId, Permission permission) {
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(permission);
    authorizationIds.add(authorizationService.saveAuthorization(grant).getId());
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }
}
