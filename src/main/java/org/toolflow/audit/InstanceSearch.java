package org.toolflow.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import org.toolflow.system.process.SharedVariables;

/**
 * The history search: one indexed query for the page, one for the total, one for the page's tool keys. The caller's
 * authentication is on the engine, so the result holds only what the caller may read. A caller who may read every
 * instance is searched by plain SQL without the engine's per-row check, which would keep every row.
 */
@Service
class InstanceSearch {

  private final HistoryService historyService;
  private final EveryInstanceReaders everyInstanceReaders;
  private final PlainInstanceSearch plainSearch;

  InstanceSearch(HistoryService historyService, EveryInstanceReaders everyInstanceReaders,
      PlainInstanceSearch plainSearch) {
    this.historyService = historyService;
    this.everyInstanceReaders = everyInstanceReaders;
    this.plainSearch = plainSearch;
  }

  record Page(List<InstanceSummary> items, int page, int size, long total) {
  }

  /** One page of instances, newest first, and how many match in all. */
  record Found(List<HistoricProcessInstance> instances, long total) {
  }

  Page search(SearchCriteria criteria) {
    return everyInstanceReaders.search(() -> page(plainSearch.find(criteria), criteria),
        () -> page(checkedByEngine(criteria), criteria));
  }

  private Page page(Found found, SearchCriteria criteria) {
    Map<String, String> toolKeys = toolKeysOf(found.instances());
    return new Page(found.instances().stream().map(i -> InstanceSummary.of(i, toolKeys.get(i.getId()))).toList(),
        criteria.page(), criteria.size(), found.total());
  }

  // Package-private: the plain search is tested against it.
  Found checkedByEngine(SearchCriteria criteria) {
    long total = query(criteria).count();
    return new Found(total == 0 ? List.of()
        : query(criteria).orderByProcessInstanceStartTime().desc().orderByProcessInstanceId().asc()
            .listPage(criteria.firstResult(), criteria.size()), total);
  }

  private HistoricProcessInstanceQuery query(SearchCriteria criteria) {
    HistoricProcessInstanceQuery query = historyService.createHistoricProcessInstanceQuery();
    if (criteria.processDefinitionKey() != null) {
      query.processDefinitionKey(criteria.processDefinitionKey());
    }
    if (criteria.businessKey() != null) {
      String key = criteria.businessKey();
      // A trailing * searches by prefix, which the business-key index still serves; a leading wildcard would not.
      if (key.endsWith("*")) {
        query.processInstanceBusinessKeyLike(key.substring(0, key.length() - 1) + "%");
      } else {
        query.processInstanceBusinessKey(key);
      }
    }
    if (criteria.toolKey() != null) {
      query.variableValueEquals(SharedVariables.TOOL_KEY, criteria.toolKey());
    }
    if (criteria.startedAfter() != null) {
      query.startedAfter(criteria.startedAfter());
    }
    if (criteria.startedBefore() != null) {
      query.startedBefore(criteria.startedBefore());
    }
    if (criteria.finishedAfter() != null) {
      query.finishedAfter(criteria.finishedAfter());
    }
    if (criteria.finishedBefore() != null) {
      query.finishedBefore(criteria.finishedBefore());
    }
    if (criteria.state() != null) {
      switch (criteria.state()) {
        case RUNNING -> query.unfinished();
        case COMPLETED -> query.completed();
        case TERMINATED -> query.or().externallyTerminated().internallyTerminated().endOr();
        case WITH_INCIDENTS -> query.withIncidents();
      }
    }
    return query;
  }

  private Map<String, String> toolKeysOf(List<HistoricProcessInstance> instances) {
    Map<String, String> toolKeys = new HashMap<>();
    if (instances.isEmpty()) {
      return toolKeys;
    }
    String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(ids).variableName(SharedVariables.TOOL_KEY).disableCustomObjectDeserialization()
        .unlimitedList()) {
      if (variable.getValue() != null) {
        toolKeys.put(variable.getProcessInstanceId(), String.valueOf(variable.getValue()));
      }
    }
    return toolKeys;
  }
}
