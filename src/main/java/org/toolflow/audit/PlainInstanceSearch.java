package org.toolflow.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.NativeHistoricProcessInstanceQuery;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.toolflow.system.process.SharedVariables;

/**
 * The history search of a caller who may read every instance, as plain SQL over the instance table. The engine's
 * query wraps the table in a derived table that H2 reads whole for every page and count (seconds over years of
 * history). Same criteria, same order and the same tenant check as the engine's query, which the tests compare it
 * with criterion by criterion on both databases.
 */
@Component
class PlainInstanceSearch {

  private final HistoryService historyService;
  private final ProcessEngineConfigurationImpl engine;

  PlainInstanceSearch(ProcessEngine processEngine) {
    this.historyService = processEngine.getHistoryService();
    this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }

  InstanceSearch.Found find(SearchCriteria criteria) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    List<String> conditions = conditions(criteria, parameters);
    TenantCheck tenants = tenantCheck(parameters);
    long total = withParameters(historyService.createNativeHistoricProcessInstanceQuery()
        .sql("SELECT COUNT(*) FROM " + table("ACT_HI_PROCINST") + " SELF WHERE "
            + where(conditions, tenants.forCount())), parameters).count();
    if (total == 0) {
      return new InstanceSearch.Found(List.of(), 0);
    }
    List<HistoricProcessInstance> page = withParameters(historyService.createNativeHistoricProcessInstanceQuery()
        .sql("SELECT SELF.*, DEF.NAME_, DEF.VERSION_, DEF.DEPLOYMENT_ID_ FROM " + table("ACT_HI_PROCINST") + " SELF"
            + " LEFT JOIN " + table("ACT_RE_PROCDEF") + " DEF ON SELF.PROC_DEF_ID_ = DEF.ID_ WHERE "
            + where(conditions, tenants.forOrderedPage()) + " ORDER BY SELF.START_TIME_ DESC, SELF.ID_ ASC"),
        parameters)
        .listPage(criteria.firstResult(), criteria.size());
    return new InstanceSearch.Found(page, total);
  }

  // The engine's conditions for the same criteria (HistoricProcessInstance.xml), one by one.
  private List<String> conditions(SearchCriteria criteria, Map<String, Object> parameters) {
    List<String> conditions = new ArrayList<>();
    if (criteria.processDefinitionKey() != null) {
      parameters.put("processKey", criteria.processDefinitionKey());
      // The engine matches the key of the instance's definition, so an instance whose definition is gone is left out.
      conditions.add("SELF.PROC_DEF_KEY_ = #{processKey} AND EXISTS (SELECT 1 FROM " + table("ACT_RE_PROCDEF")
          + " D WHERE D.ID_ = SELF.PROC_DEF_ID_ AND D.KEY_ = #{processKey})");
    }
    if (criteria.businessKey() != null) {
      String key = criteria.businessKey();
      if (key.endsWith("*")) {
        parameters.put("businessKeyLike", key.substring(0, key.length() - 1) + "%");
        conditions.add("SELF.BUSINESS_KEY_ LIKE #{businessKeyLike} ESCAPE "
            + DbSqlSessionFactory.databaseSpecificEscapeChar.get(engine.getDatabaseType()));
      } else {
        parameters.put("businessKey", key);
        conditions.add("SELF.BUSINESS_KEY_ = #{businessKey}");
      }
    }
    if (criteria.toolKey() != null) {
      parameters.put("toolKeyName", SharedVariables.TOOL_KEY);
      parameters.put("toolKey", criteria.toolKey());
      conditions.add("EXISTS (SELECT 1 FROM " + table("ACT_HI_VARINST") + " V WHERE V.PROC_INST_ID_ = SELF.ID_"
          + " AND V.NAME_ = #{toolKeyName} AND V.VAR_TYPE_ = 'string' AND V.TEXT_ IS NOT NULL"
          + " AND V.TEXT_ = #{toolKey})");
    }
    compare(conditions, parameters, "SELF.START_TIME_ >= ", "startedAfter", criteria.startedAfter());
    compare(conditions, parameters, "SELF.START_TIME_ <= ", "startedBefore", criteria.startedBefore());
    compare(conditions, parameters, "SELF.END_TIME_ >= ", "finishedAfter", criteria.finishedAfter());
    compare(conditions, parameters, "SELF.END_TIME_ <= ", "finishedBefore", criteria.finishedBefore());
    if (criteria.state() != null) {
      conditions.add(switch (criteria.state()) {
        case RUNNING -> "SELF.END_TIME_ IS NULL";
        case COMPLETED -> "SELF.STATE_ = 'COMPLETED'";
        case TERMINATED -> "SELF.STATE_ IN ('EXTERNALLY_TERMINATED', 'INTERNALLY_TERMINATED')";
        case WITH_INCIDENTS -> "EXISTS (SELECT 1 FROM " + table("ACT_HI_INCIDENT")
            + " INC WHERE INC.PROC_INST_ID_ = SELF.PROC_INST_ID_)";
      });
    }
    return conditions;
  }

  private static void compare(List<String> conditions, Map<String, Object> parameters, String condition, String name,
      Object value) {
    if (value != null) {
      parameters.put(name, value);
      conditions.add(condition + "#{" + name + "}");
    }
  }

  /** The engine's tenant check, as the count and as the ordered page write it (none: both empty). */
  private record TenantCheck(String forCount, String forOrderedPage) {
  }

  /** The engine's tenant check: instances without a tenant, or of one of the caller's tenants. */
  private TenantCheck tenantCheck(Map<String, Object> parameters) {
    Authentication caller = engine.getIdentityService().getCurrentAuthentication();
    if (!engine.isTenantCheckEnabled() || caller == null) {
      return new TenantCheck("", "");
    }
    List<String> tenants = caller.getTenantIds() == null ? List.of() : caller.getTenantIds();
    List<String> placeholders = new ArrayList<>();
    for (int i = 0; i < tenants.size(); i++) {
      parameters.put("tenant" + i, tenants.get(i));
      placeholders.add("#{tenant" + i + "}");
    }
    String ofCallersTenants = tenants.isEmpty() ? ""
        : " OR SELF.TENANT_ID_ IN (" + String.join(", ", placeholders) + ")";
    // On H2 a condition an index serves takes precedence over the start time index that gives the page its order:
    // the tenant index would read every instance to sort them. Written as an expression, no index serves it.
    String withoutTenantOnPage = "h2".equals(engine.getDatabaseType())
        ? "(CASE WHEN SELF.TENANT_ID_ IS NULL THEN 1 ELSE 0 END) = 1" : "SELF.TENANT_ID_ IS NULL";
    return new TenantCheck("(SELF.TENANT_ID_ IS NULL" + ofCallersTenants + ")",
        "(" + withoutTenantOnPage + ofCallersTenants + ")");
  }

  private static String where(List<String> conditions, String tenantCheck) {
    List<String> all = new ArrayList<>(conditions);
    if (!tenantCheck.isEmpty()) {
      all.add(tenantCheck);
    }
    return all.isEmpty() ? "1 = 1" : String.join(" AND ", all);
  }

  private String table(String name) {
    return engine.getDatabaseTablePrefix() + name;
  }

  private static NativeHistoricProcessInstanceQuery withParameters(NativeHistoricProcessInstanceQuery query,
      Map<String, Object> parameters) {
    parameters.forEach(query::parameter);
    return query;
  }
}
