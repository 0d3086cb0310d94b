package org.toolflow.audit;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.toolflow.TestUsers;

/**
 * A small test-only process driven by people as Tasklist and Cockpit would: each user authenticated, forms
 * submitted, an outside call that fails into an incident which an operator resolves.
 */
final class AuditProbe {

  static final String KEY = "audit-probe";
  static final String PASSWORD = "audit-secret";
  static final String REQUESTER = "audit-requester";
  static final String ASSESSOR = "audit-assessor";
  static final String APPROVER = "audit-approver";
  static final String OPERATOR = "audit-operator";
  static final String AUDITOR = "audit-auditor";
  static final String OUTSIDER = "audit-outsider";
  static final String AUDITORS = "auditors";
  static final String APPROVAL_COMMENT = "Fine, with one \"condition\", and a second line:\nrun it on a Monday";

  private final ProcessEngine engine;

  AuditProbe(ProcessEngine engine) {
    this.engine = engine;
    deployOnce();
    for (String worker : List.of(REQUESTER, ASSESSOR, APPROVER)) {
      TestUsers.ensureUser(engine.getIdentityService(), worker, PASSWORD);
      grantUser(worker, Resources.PROCESS_DEFINITION, KEY, Permissions.ALL);
      grantUser(worker, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
      grantUser(worker, Resources.TASK, ANY, Permissions.ALL);
    }
    TestUsers.ensureUser(engine.getIdentityService(), OPERATOR, PASSWORD, Groups.CAMUNDA_ADMIN);
    TestUsers.ensureUser(engine.getIdentityService(), AUDITOR, PASSWORD, AUDITORS);
    // What auditors may read is the access policy's, granted at start-up; the probe grants them nothing.
    TestUsers.ensureUser(engine.getIdentityService(), OUTSIDER, PASSWORD);
  }

  /** Requested, assessed high, approved, outside call failing once and retried by the operator: ends approved. */
  String runApproved(String businessKey, String toolKey) {
    String id = start(businessKey, toolKey);
    completeAs(ASSESSOR, "Task_Assess", Map.of("impact", "high"));
    completeAs(APPROVER, "Task_Approve", Map.of("approval", "approved", "approvalComment", APPROVAL_COMMENT));
    Job job = engine.getManagementService().createJobQuery().processInstanceId(id).singleResult();
    executeUntilIncident(job.getId());
    as(OPERATOR, List.of(Groups.CAMUNDA_ADMIN), () -> {
      engine.getRuntimeService().setVariable(id, "outsideDown", false);
      engine.getManagementService().setJobRetries(job.getId(), 1);
    });
    engine.getManagementService().executeJob(job.getId());
    return id;
  }

  /** Requested, assessed low, rejected: no outside call. */
  String runRejected(String businessKey, String toolKey) {
    String id = start(businessKey, toolKey);
    completeAs(ASSESSOR, "Task_Assess", Map.of("impact", "low"));
    completeAs(APPROVER, "Task_Approve", Map.of("approval", "rejected", "approvalComment", "not now"));
    return id;
  }

  String start(String businessKey, String toolKey) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult().getId();
    ProcessInstance[] started = new ProcessInstance[1];
    as(REQUESTER, List.of(), () -> started[0] = engine.getFormService().submitStartForm(definitionId, businessKey,
        Map.of("toolKey", toolKey, "title", "Audit probe " + businessKey, "outsideDown", true)));
    return started[0].getId();
  }

  void completeAs(String userId, String taskKey, Map<String, Object> values) {
    as(userId, List.of(), () -> {
      Task task = engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).active()
          .orderByTaskCreateTime().desc().listPage(0, 1).get(0);
      engine.getTaskService().claim(task.getId(), userId);
      engine.getFormService().submitTaskForm(task.getId(), values);
    });
  }

  private void executeUntilIncident(String jobId) {
    for (int attempt = 0; attempt < 5
        && engine.getRuntimeService().createIncidentQuery().configuration(jobId).count() == 0; attempt++) {
      try {
        engine.getManagementService().executeJob(jobId);
      } catch (IllegalStateException expected) {
        // the outside system is down: the job fails, its retries go down, the last failure opens an incident
      }
    }
  }

  private void as(String userId, List<String> groups, Runnable action) {
    engine.getIdentityService().setAuthentication(userId, groups);
    try {
      action.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void deployOnce() {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).count() > 0) {
      return;
    }
    engine.getRepositoryService().createDeployment().name(KEY)
        .addClasspathResource("audit/audit-probe.bpmn")
        .addClasspathResource("audit/audit-probe-risk.dmn")
        .addClasspathResource("audit/audit-probe-assess.form")
        .addClasspathResource("audit/audit-probe-approve.form")
        .deploy();
  }

  private void grantUser(String userId, Resource resource, String resourceId, Permission... permissions) {
    if (engine.getAuthorizationService().createAuthorizationQuery().userIdIn(userId).resourceType(resource)
        .resourceId(resourceId).count() > 0) {
      return;
    }
    Authorization grant = engine.getAuthorizationService().createNewAuthorization(AUTH_TYPE_GRANT);
    grant.setUserId(userId);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    engine.getAuthorizationService().saveAuthorization(grant);
  }
}
