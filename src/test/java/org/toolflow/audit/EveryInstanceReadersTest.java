package org.toolflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.toolflow.TestUsers;
import org.toolflow.ToolFlowSpringTest;

/** The search leaves the engine's per-row check out only for callers it would keep every row for. */
@ToolFlowSpringTest
class EveryInstanceReadersTest {

  private static final String SEARCH = "/api/audit/process-instances?process=" + AuditProbe.KEY;

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  EveryInstanceReaders readers;

  AuditProbe probe;
  AuditApi api;
  String tool;
  String group;

  @BeforeEach
  void setUp() {
    probe = new AuditProbe(engine);
    api = new AuditApi(port);
    tool = "every" + UUID.randomUUID().toString().substring(0, 8);
    group = "readers-" + tool;
  }

  @AfterEach
  void removeGroupRights() {
    engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(group).unlimitedList()
        .forEach(row -> engine.getAuthorizationService().deleteAuthorization(row.getId()));
  }

  @Test
  void anAuditorReadsEveryInstanceAndFindsWhatTheEnginesOwnCheckFinds() throws Exception {
    String finished = probe.runRejected(tool + "-1", tool);
    String running = probe.start(tool + "-2", tool);

    JsonNode page = api.json(AuditProbe.AUDITOR, SEARCH + "&toolKey=" + tool);
    JsonNode everything = api.json(AuditProbe.AUDITOR, "/api/audit/process-instances?size=50");

    assertThat(readers.readsEveryInstance(auth(AuditProbe.AUDITOR, AuditProbe.AUDITORS))).isTrue();
    assertThat(ids(page)).containsExactly(running, finished)
        .isEqualTo(enginesOwn(AuditProbe.AUDITOR, AuditProbe.AUDITORS, tool));
    assertThat(everything.get("total").asLong())
        .isEqualTo(countAs(AuditProbe.AUDITOR, AuditProbe.AUDITORS));
    assertThat(ids(everything)).isEqualTo(firstPageAs(AuditProbe.AUDITOR, AuditProbe.AUDITORS));
  }

  @Test
  void aReaderOfOneProcessIsCheckedRowByRowAndFindsOnlyThatProcess() throws Exception {
    String user = "one-process-" + tool;
    TestUsers.ensureUser(engine.getIdentityService(), user, AuditProbe.PASSWORD, group);
    String found = probe.runRejected(tool + "-1", tool);
    grant(group, AuditProbe.KEY);

    JsonNode page = api.json(user, "/api/audit/process-instances?toolKey=" + tool);

    assertThat(readers.readsEveryInstance(auth(user, group))).isFalse();
    assertThat(ids(page)).containsExactly(found).isEqualTo(enginesOwn(user, group, tool));
    assertThat(api.json(user, "/api/audit/process-instances?size=50").get("total").asLong())
        .isEqualTo(countAs(user, group));
  }

  @Test
  void aRevokeOfOneProcessKeepsTheRowByRowCheckAndHidesThatProcess() throws Exception {
    String user = "revoked-" + tool;
    TestUsers.ensureUser(engine.getIdentityService(), user, AuditProbe.PASSWORD, group);
    probe.runRejected(tool + "-1", tool);
    grant(group, ANY);
    Authorization revoke = engine.getAuthorizationService().createNewAuthorization(AUTH_TYPE_REVOKE);
    revoke.setGroupId(group);
    revoke.setResource(Resources.PROCESS_DEFINITION);
    revoke.setResourceId(AuditProbe.KEY);
    revoke.removePermission(ProcessDefinitionPermissions.READ_HISTORY);
    engine.getAuthorizationService().saveAuthorization(revoke);

    JsonNode page = api.json(user, "/api/audit/process-instances?toolKey=" + tool);

    assertThat(readers.readsEveryInstance(auth(user, group))).isFalse();
    assertThat(ids(page)).isEmpty();
    assertThat(enginesOwn(user, group, tool)).isEmpty();
  }

  private void grant(String groupId, String processKey) {
    Authorization row = engine.getAuthorizationService().createNewAuthorization(AUTH_TYPE_GRANT);
    row.setGroupId(groupId);
    row.setResource(Resources.PROCESS_DEFINITION);
    row.setResourceId(processKey);
    row.addPermission(ProcessDefinitionPermissions.READ_HISTORY);
    engine.getAuthorizationService().saveAuthorization(row);
  }

  private List<String> enginesOwn(String userId, String groupId, String toolKey) {
    return as(userId, groupId, () -> ids(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .variableValueEquals("toolKey", toolKey).orderByProcessInstanceStartTime().desc()
        .orderByProcessInstanceId().asc().listPage(0, 100)));
  }

  private long countAs(String userId, String groupId) {
    return as(userId, groupId, () -> engine.getHistoryService().createHistoricProcessInstanceQuery().count());
  }

  private List<String> firstPageAs(String userId, String groupId) {
    return as(userId, groupId, () -> {
      HistoricProcessInstanceQuery query = engine.getHistoryService().createHistoricProcessInstanceQuery();
      return ids(query.orderByProcessInstanceStartTime().desc().orderByProcessInstanceId().asc().listPage(0, 50));
    });
  }

  private <T> T as(String userId, String groupId, Supplier<T> work) {
    engine.getIdentityService().setAuthentication(userId, List.of(groupId));
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static Authentication auth(String userId, String groupId) {
    return new Authentication(userId, List.of(groupId));
  }

  private static List<String> ids(List<HistoricProcessInstance> instances) {
    return instances.stream().map(HistoricProcessInstance::getId).toList();
  }

  private static List<String> ids(JsonNode page) {
    return StreamSupport.stream(page.get("items").spliterator(), false).map(i -> i.get("id").asText()).toList();
  }
}
