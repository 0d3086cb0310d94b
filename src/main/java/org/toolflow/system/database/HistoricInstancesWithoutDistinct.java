package org.toolflow.system.database;

import java.util.Map;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;

/**
 * The historic process instance query and its count without DISTINCT where the engine's SQL cannot repeat an
 * instance. The engine always asks for distinct rows: over years of history the database then sorts every
 * instance to hand out one page (seconds for an auditor's first page on H2). Only the authorization join, the
 * incident join, the activity joins and the variable joins can repeat an instance; without them the rows are
 * already distinct, and the page is read in index order.
 */
public final class HistoricInstancesWithoutDistinct {

  static final String MAPPER = "org/toolflow/system/database/historic-instances-without-distinct.xml";

  /** The engine's statement names and the ones that replace them. */
  public static final Map<String, String> STATEMENTS = Map.of(
      "selectHistoricProcessInstancesByQueryCriteria", "selectHistoricProcessInstancesByQueryCriteriaWithoutDistinct",
      "selectHistoricProcessInstanceCountByQueryCriteria",
      "selectHistoricProcessInstanceCountByQueryCriteriaWithoutDistinct");

  private HistoricInstancesWithoutDistinct() {
  }

  static void register(ProcessEngineConfigurationImpl engine) {
    EngineStatements.add(engine, MAPPER, STATEMENTS);
  }

  /** Whether the engine's SQL for this query yields each instance once (read by the mapper). */
  public static boolean oneRowPerInstance(HistoricProcessInstanceQueryImpl query) {
    return !joinsAuthorizations(query.getAuthCheck()) && !joinsIncidents(query.getIncidentIds())
        && query.getQueries().stream().allMatch(HistoricInstancesWithoutDistinct::joinsNothing);
  }

  // The same conditions as the engine's mapper uses to add each join.
  private static boolean joinsAuthorizations(AuthorizationCheck check) {
    return check.shouldPerformAuthorizatioCheck() && !check.isRevokeAuthorizationCheckEnabled()
        && check.getAuthUserId() != null;
  }

  private static boolean joinsNothing(HistoricProcessInstanceQueryImpl query) {
    return query == null || !query.isWithIncidents() && !query.isWithRootIncidents()
        && query.getIncidentStatus() == null && query.getIncidentMessage() == null
        && query.getIncidentMessageLike() == null && query.getIncidentType() == null
        && !joinsIncidents(query.getIncidentIds()) && isEmpty(query.getExecutedActivityIds())
        && isEmpty(query.getActiveActivityIds()) && isEmpty(query.getActivityIds())
        && (query.getQueryVariableNameToValuesMap() == null || query.getQueryVariableNameToValuesMap().isEmpty());
  }

  private static boolean joinsIncidents(String[] incidentIds) {
    return !isEmpty(incidentIds);
  }

  private static boolean isEmpty(String[] values) {
    return values == null || values.length == 0;
  }
}
