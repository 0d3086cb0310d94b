package org.toolflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.EngineTestCase;
import org.toolflow.TestClock;
import org.toolflow.ToolFlowSpringTest;

/**
 * The plain SQL search finds what the engine's query finds for the same criteria: the same instances in the same
 * order and the same total, criterion by criterion and combined, with and without a tenant on the caller.
 */
@ToolFlowSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlainInstanceSearchTest extends EngineTestCase {

  private static final String PROBE = "plain-search-probe";
  private static final String TENANT = "plain-search-tenant";
  // A key of its own: two definitions of one key and version trip the coverage recorder, whatever their tenants.
  private static final String TENANT_PROBE = "plain-search-tenant-probe";

  @Autowired
  PlainInstanceSearch plainSearch;
  @Autowired
  InstanceSearch instanceSearch;

  private final List<String> deploymentIds = new ArrayList<>();
  private Instant first;

  /** Once, inside the first test: process coverage records only within a test. */
  @BeforeEach
  void probeInstances() {
    if (!deploymentIds.isEmpty()) {
      return;
    }
    deploymentIds.add(repositoryService.createDeployment().name(PROBE).addModelInstance(PROBE + ".bpmn", model(PROBE))
        .deploy().getId());
    deploymentIds.add(repositoryService.createDeployment().name(TENANT_PROBE).tenantId(TENANT)
        .addModelInstance(TENANT_PROBE + ".bpmn", model(TENANT_PROBE)).deploy().getId());
    first = TestClock.now();
    for (int i = 0; i < 30; i++) {
      // Start times shared in threes, so the order by id decides between them; end times an hour later.
      TestClock.freezeAt(first.plusSeconds(60L * (i / 3)));
      ProcessInstance instance = (i % 10 == 9
          ? runtimeService.createProcessInstanceByKey(TENANT_PROBE).processDefinitionTenantId(TENANT)
          : runtimeService.createProcessInstanceByKey(PROBE).processDefinitionWithoutTenantId())
          .businessKey((i % 3 == 0 ? "PLAIN_" : "PLAIN-") + (i % 4) + "-" + i)
          .setVariable("toolKey", "plain-tool-" + (i % 3)).execute();
      String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
      if (i % 4 == 0) {
        // The same name and value in a second scope, as the engine's variable join would find twice.
        taskService.setVariableLocal(taskId, "toolKey", "plain-tool-" + (i % 3));
      }
      if (i % 5 == 0) {
        runtimeService.createIncident("plain-failure", instance.getId(), "first");
        runtimeService.createIncident("plain-failure", instance.getId(), "second");
      }
      TestClock.freezeAt(first.plusSeconds(60L * (i / 3) + 3600));
      if (i % 2 == 0) {
        taskService.complete(taskId);
      } else if (i % 7 == 0) {
        runtimeService.deleteProcessInstance(instance.getId(), "probe cancelled");
      }
    }
  }

  private static BpmnModelInstance model(String key) {
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(180).startEvent().userTask("work").endEvent()
        .done();
  }

  @AfterAll
  void removeProbe() {
    deploymentIds.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  @Test
  void everyCriterionFindsWhatTheEnginesQueryFinds() {
    Map<String, SearchCriteria> searches = searches();
    int withInstances = 0;
    for (Map.Entry<String, SearchCriteria> search : searches.entrySet()) {
      InstanceSearch.Found plain = plainSearch.find(search.getValue());
      InstanceSearch.Found engines = instanceSearch.checkedByEngine(search.getValue());
      assertThat(ids(plain)).as(search.getKey()).isEqualTo(ids(engines));
      assertThat(plain.total()).as(search.getKey()).isEqualTo(engines.total());
      withInstances += plain.instances().isEmpty() ? 0 : 1;
    }
    assertThat(withInstances).as("searches that found instances").isEqualTo(searches.size() - 1);
    assertThat(plainSearch.find(searches.get("probe")).total()).isEqualTo(27);
    assertThat(plainSearch.find(searches.get("both probes")).total()).isEqualTo(30);
  }

  @Test
  void aCallerWithoutTheTenantFindsWhatTheEnginesQueryFinds() {
    Map<String, SearchCriteria> searches = searches();
    for (List<String> tenants : List.of(List.<String>of(), List.of(TENANT))) {
      for (Map.Entry<String, SearchCriteria> search : searches.entrySet()) {
        String what = tenants + ", " + search.getKey();
        InstanceSearch.Found plain = asCaller(tenants, () -> plainSearch.find(search.getValue()));
        InstanceSearch.Found engines = asCaller(tenants, () -> instanceSearch.checkedByEngine(search.getValue()));
        assertThat(ids(plain)).as(what).isEqualTo(ids(engines));
        assertThat(plain.total()).as(what).isEqualTo(engines.total());
      }
    }
    // The three instances of the tenant are found only by a caller of that tenant.
    assertThat(asCaller(List.of(), () -> plainSearch.find(searches.get("both probes"))).total()).isEqualTo(27);
    assertThat(asCaller(List.of(TENANT), () -> plainSearch.find(searches.get("both probes"))).total()).isEqualTo(30);
  }

  private Map<String, SearchCriteria> searches() {
    String from = first.plusSeconds(120).toString();
    String to = first.plusSeconds(420).toString();
    String endFrom = first.plusSeconds(3600 + 180).toString();
    String endTo = first.plusSeconds(3600 + 480).toString();
    Map<String, SearchCriteria> searches = new LinkedHashMap<>();
    searches.put("everything", criteria(null, null, null, null, null, null, null, null, 0, 20));
    searches.put("everything, second page of 7", criteria(null, null, null, null, null, null, null, null, 1, 7));
    searches.put("probe", criteria(PROBE, null, null, null, null, null, null, null, 0, 50));
    searches.put("both probes", criteria(null, "PLAIN*", null, null, null, null, null, null, 0, 50));
    searches.put("another process", criteria("no-such-process", null, null, null, null, null, null, null, 0, 20));
    searches.put("business key", criteria(null, "PLAIN-1-5", null, null, null, null, null, null, 0, 20));
    searches.put("business key prefix", criteria(null, "PLAIN-2*", null, null, null, null, null, null, 0, 20));
    // An underscore is a LIKE wildcard to both, so this prefix also finds the PLAIN- keys.
    searches.put("prefix with a wildcard", criteria(PROBE, "PLAIN_*", null, null, null, null, null, null, 0, 50));
    searches.put("tool", criteria(null, null, "plain-tool-1", null, null, null, null, null, 0, 20));
    searches.put("tool in two scopes", criteria(PROBE, null, "plain-tool-0", null, null, null, null, null, 0, 50));
    searches.put("started between", criteria(PROBE, null, null, from, to, null, null, null, 0, 50));
    searches.put("finished between", criteria(null, null, null, null, null, endFrom, endTo, null, 0, 50));
    searches.put("running", criteria(PROBE, null, null, null, null, null, null, "running", 0, 50));
    searches.put("completed", criteria(PROBE, null, null, null, null, null, null, "completed", 0, 50));
    searches.put("terminated", criteria(PROBE, null, null, null, null, null, null, "terminated", 0, 50));
    searches.put("with incidents", criteria(PROBE, null, null, null, null, null, null, "with-incidents", 0, 50));
    searches.put("all together, page 2", criteria(PROBE, "PLAIN*", "plain-tool-2", from, null, null, null, "completed",
        1, 1));
    return searches;
  }

  private static SearchCriteria criteria(String process, String businessKey, String toolKey, String startedFrom,
      String startedTo, String finishedFrom, String finishedTo, String state, int page, int size) {
    return SearchCriteria.parse(process, businessKey, toolKey, startedFrom, startedTo, finishedFrom, finishedTo, state,
        page, size);
  }

  /** As a caller with these tenants, inside one command without authorization checks, as an auditor is searched. */
  private <T> T asCaller(List<String> tenants, Supplier<T> search) {
    identityService.setAuthentication("plain-search-caller", List.of("auditors"), tenants);
    try {
      return configuration().getCommandExecutorTxRequired()
          .execute(context -> context.runWithoutAuthorization(search::get));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static List<String> ids(InstanceSearch.Found found) {
    return found.instances().stream().map(HistoricProcessInstance::getId).toList();
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }
}
