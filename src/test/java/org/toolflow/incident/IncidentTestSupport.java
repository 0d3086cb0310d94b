package org.toolflow.incident;

import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.toolflow.integration.journal.ActionJournal;
import org.toolflow.integration.journal.JournalEntry;
import org.toolflow.system.web.InvalidInputException;
import org.toolflow.tools.QualityOfSupport;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;
import org.toolflow.tools.ToolStatus;

/** What the incident-family process tests share: an ACTIVE tool, people with addresses, jobs run by hand. */
public final class IncidentTestSupport {

  private IncidentTestSupport() {
  }

  /** An ACTIVE tool with its own GGUS support unit and GOCDB host, registered once. */
  public static Tool activeTool(ToolRegistry registry, String key, QualityOfSupport qualityOfSupport) {
    if (!registry.isRegistered(key)) {
      registry.registerOnboarding(Tool.builder(key).name("Tool " + key).supportEmail(key + "-support@example.org")
          .teamLeaderName("Team Leader").teamLeaderEmail(key + "-leader@example.org").purpose("Testing " + key)
          .licence("Apache-2.0").ggusSupportUnit("SU " + key).gocdbEntry(key + ".example.org")
          .qualityOfSupport(qualityOfSupport).build());
      registry.activate(key);
    }
    Tool tool = registry.get(key);
    if (tool.status() != ToolStatus.ACTIVE) {
      throw new IllegalStateException("tool " + key + " is not active");
    }
    return tool;
  }

  /** A user with an e-mail address in the groups, created once. */
  public static String person(IdentityService identityService, String id, String... groups) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setEmail(id + "@example.org");
      user.setPassword("secret-" + id);
      identityService.saveUser(user);
    }
    for (String group : groups) {
      if (identityService.createGroupQuery().groupId(group).count() == 0) {
        identityService.saveGroup(identityService.newGroup(group));
      }
      if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identityService.createMembership(id, group);
      }
    }
    return id;
  }

  /** Runs every job of the instance that is not a timer, again and again, until none is left. */
  public static void runAsyncJobs(ProcessEngine engine, String processInstanceId) {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 50; round++) {
      List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("jobs of " + processInstanceId + " keep coming");
  }

  /** The one timer of the instance waiting in {@code activityId}. */
  public static Job timer(ProcessEngine engine, String processInstanceId, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).timers()
        .activityId(activityId).singleResult();
  }

  /** A form refusal as the engine passes it on: thrown by a start listener as is, by a task listener wrapped. */
  public static void assertRefused(Throwable thrown, Consumer<InvalidInputException> check) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException rejected) {
        check.accept(rejected);
        return;
      }
    }
    throw new AssertionError("expected a form refusal, got " + thrown, thrown);
  }

  public static List<JournalEntry> journal(ActionJournal journal, String processInstanceId, String system) {
    return journal.find(processInstanceId, system, 0, 100);
  }
}
