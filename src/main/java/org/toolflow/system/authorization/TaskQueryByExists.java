package org.toolflow.system.authorization;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.toolflow.system.database.EngineStatements;

/**
 * The task query and its count with the caller's authorizations checked by sub-queries. The engine joins the
 * caller's permission rows as a derived table on {@code RESOURCE_ID_ IN (task id, definition key, '*')}: with a
 * row per open task of a group, PostgreSQL misjudges how many rows the bitwise permission filter leaves and
 * compares every task with every row (seconds at 10,000 open tasks). The sub-queries are read once each.
 * Callers under the revoke-aware check keep the engine's own SQL.
 */
public final class TaskQueryByExists {

  static final String MAPPER = "org/toolflow/system/authorization/task-query-by-exists.xml";

  /** The engine's statement names and the ones that replace them. */
  static final Map<String, String> STATEMENTS = Map.of(
      "selectTaskByQueryCriteria", "selectTaskByQueryCriteriaByExists",
      "selectTaskCountByQueryCriteria", "selectTaskCountByQueryCriteriaByExists");

  private TaskQueryByExists() {
  }

  /** Adds the statements to the engine's MyBatis configuration and maps the engine's names to them. */
  static void register(ProcessEngineConfigurationImpl engine) {
    EngineStatements.add(engine, MAPPER, STATEMENTS);
  }

  /** Switches the engine between these statements and its own (both stay registered). */
  static void use(DbSqlSessionFactory sessions, boolean byExists) {
    EngineStatements.use(sessions, STATEMENTS, byExists);
  }

  /**
   * Whether the query's candidate groups are checked by a sub-query instead of the engine's join of identity links,
   * which repeats a task per matching link and so needs DISTINCT: then a page of the newest tasks is read in index
   * order instead of sorting every task of the groups. Only for one plain list of candidate groups; any other
   * candidate criterion, an OR query or a sort by variable keeps the engine's SQL. Read by the mapper.
   */
  public static boolean candidatesByExists(TaskQueryImpl query) {
    List<String> groups = query.getQueries().size() == 1 && query.getCandidateUser() == null
        && query.getInvolvedUser() == null && query.getCandidateGroupLike() == null
        && !Boolean.TRUE.equals(query.isWithCandidateGroups()) && !Boolean.TRUE.equals(query.isWithCandidateUsers())
        ? query.getCandidateGroups() : null;
    return groups != null && !groups.isEmpty()
        && query.getOrderingProperties().stream().allMatch(ordering -> ordering.getRelation() == null);
  }

  /** The query as the engine's SQL sees it when its candidate groups are checked by the sub-query. */
  public static List<TaskQueryImpl> withoutCandidates(TaskQueryImpl query) {
    return List.of(new TaskQueryWithoutCandidates(query));
  }

  /** What the engine's task SQL is given in place of the caller's check: none, so it adds no join. */
  public static AuthorizationCheck noCheck() {
    return new AuthorizationCheck();
  }
}
