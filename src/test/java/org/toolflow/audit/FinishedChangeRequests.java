package org.toolflow.audit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.toolflow.ActingAs;
import org.toolflow.TestClock;
import org.toolflow.TestUsers;
import org.toolflow.change.ChangeReleases;
import org.toolflow.change.ChangeRequestProcess;
import org.toolflow.change.ChangeRequestProcess.Elements;
import org.toolflow.change.ChangeRequestProcess.Vars;
import org.toolflow.security.Roles;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;

/**
 * Drives a normal change request to its end as the people who work on it would: filed by a team member, assessed
 * and approved in the team, approved by the OMB, released, and reviewed by the requester. For the audit tests.
 */
public final class FinishedChangeRequests {

  public static final String PASSWORD = AuditProbe.PASSWORD;
  public static final String OMB_COMMENT = "Go ahead, with the next release";

  /** Who did what in one finished change request. */
  public record Finished(String processInstanceId, String changeKey, String tool, String requester, String assessor,
      String approver, String ombMember) {
  }

  private final ProcessEngine engine;
  private final ToolRegistry registry;
  private final ChangeReleases releases;
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  public FinishedChangeRequests(ProcessEngine engine, ToolRegistry registry, ChangeReleases releases) {
    this.engine = engine;
    this.registry = registry;
    this.releases = releases;
  }

  /** A member of {@code auditors}, which the access policy lets read every history. */
  public String auditor() {
    return TestUsers.ensureUser(engine.getIdentityService(), "auditor-" + run, PASSWORD, Roles.AUDITORS);
  }

  public Finished finish() {
    String tool = "audit" + run;
    registry.registerOnboarding(Tool.builder(tool).name("Tool " + tool).supportEmail(tool + "@example.org")
        .teamLeaderName("Leader").teamLeaderEmail(tool + "-leader@example.org").purpose("Audited")
        .licence("Apache-2.0").rtCategory("Tool " + tool).otag(false).build());
    registry.activate(tool);
    String requester = person("requester", "team-" + tool);
    String assessor = person("assessor", "team-" + tool);
    String approver = person("approver", "team-" + tool);
    String ombMember = person("omb", "omb");

    Map<String, Object> request = new HashMap<>(Map.of(Vars.TOOL_KEY, tool, Vars.TITLE, "Faster search",
        Vars.DESCRIPTION, "Index the catalogue.", Vars.REQUESTED_TYPE, ChangeRequestProcess.Values.NORMAL));
    String id = as(requester, () -> engine.getRuntimeService()
        .startProcessInstanceByKey(ChangeRequestProcess.PROCESS_KEY, request).getId());
    runJobs(id);
    complete(assessor, id, Elements.ASSESS, Map.of(Vars.EFFORT, "days", Vars.IMPACT, "medium", Vars.RISK, "low",
        Vars.PRIORITY, 2, Vars.INTENDED_DEPLOYMENT_DATE, TestClock.today().plusDays(20).toString(),
        Vars.ASSESSMENT_COMMENT, "Two days of work"));
    complete(approver, id, Elements.APPROVE_PRODUCT_TEAMS, Map.of(Vars.PRODUCT_TEAMS_DECISION, "approve"));
    complete(ombMember, id, Elements.APPROVE_OMB, Map.of(Vars.OMB_DECISION, "approve", Vars.OMB_COMMENT, OMB_COMMENT));
    runJobs(id);
    String changeKey = String.valueOf(engine.getRuntimeService().getVariable(id, Vars.CHANGE_KEY));
    releases.releaseDeployed(changeKey, "release 1.2.3");
    runJobs(id);
    complete(requester, id, Elements.REVIEW_IMPLEMENTATION, Map.of(Vars.DOCUMENTATION_SUFFICIENT, "yes",
        Vars.TOOL_WORKING, "yes"));
    runJobs(id);
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
      throw new AssertionError("change request " + changeKey + " did not end");
    }
    return new Finished(id, changeKey, tool, requester, assessor, approver, ombMember);
  }

  String person(String role, String... groups) {
    return TestUsers.newPerson(engine.getIdentityService(), role + "-" + run + "-" + UUID.randomUUID().toString().substring(0, 4),
        PASSWORD, groups);
  }

  <T> T as(String userId, Supplier<T> action) {
    return ActingAs.as(engine.getIdentityService(), userId, action);
  }

  // As Tasklist does: the person claims the task (unless it is theirs already) and completes it with the form's values.
  void complete(String userId, String processInstanceId, String taskKey, Map<String, Object> values) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new AssertionError("no open task " + taskKey + " in " + processInstanceId);
    }
    as(userId, () -> {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), userId);
      }
      engine.getTaskService().complete(task.getId(), values);
      return null;
    });
  }

  // The job executor is off in tests: run every job that is due, as it would, until none is left.
  void runJobs(String processInstanceId) {
    for (int round = 0; round < 50; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
          .executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new AssertionError("jobs of " + processInstanceId + " keep coming");
  }
}
