package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Elements.*;
import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.toolflow.omb.OmbCalendar;
import org.toolflow.release.ReleaseProcess.Values;
import org.toolflow.system.forms.FormChecks;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;

/**
 * On completing any task of the release process: refuses a bad form (400 through the engine REST API, nothing
 * written), keeps what the form says in the release record and its reports, and rewrites from the record the
 * variables the process routes on, so that no submission can forge them.
 */
@Component
class ReleaseTaskListener implements TaskListener {

  private final ReleaseRecords records;
  private final ReleaseChanges changes;
  private final ToolRegistry registry;
  private final ReleaseRules rules;
  private final ReleasePlanner planner;
  private final IdentityService identityService;
  private final Clock clock;
  private final OmbCalendar calendar;

  ReleaseTaskListener(ReleaseRecords records, ReleaseChanges changes, ToolRegistry registry, ReleaseRules rules,
      ReleasePlanner planner, IdentityService identityService, OmbCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.records = records;
    this.changes = changes;
    this.registry = registry;
    this.rules = rules;
    this.planner = planner;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    ReleaseRecord release = records.get(execution.getProcessBusinessKey());
    Map<String, Object> values = task.getVariables();
    FormChecks checks = FormChecks.of(values);
    SubmittedValues in = new SubmittedValues(values, checks, planner.zone());
    Map<String, Object> out = new HashMap<>();
    String by = actor(task);
    switch (task.getTaskDefinitionKey()) {
      case DEVELOP -> develop(release, checks, in);
      case RESCHEDULE -> reschedule(release, checks, in);
      case SET_NEW_DEPLOYMENT_DATE -> newDeploymentDate(release, checks, in, out);
      case WRITE_COMMUNICATION -> {
        ReleaseFormRules.communication(checks);
        checks.orReject();
        records.communication(release.key(), in.text(OMB_ITEM), in.text(BROADCAST_TEXT));
      }
      case CONFIRM_TAG -> confirmTag(release, checks, in, out, by);
      case PACKAGE -> {
        List<String> formats = in.list(PACKAGE_FORMATS);
        ReleaseFormRules.packaging(checks, formats);
        checks.orReject();
        records.distribution(release.key(), Values.UMD_REPOSITORY, in.text(PACKAGES_URL), String.join(",", formats));
        out.put(DISTRIBUTION_CHANNEL, Values.UMD_REPOSITORY);
        out.put(PACKAGE_FORMATS, SubmittedValues.jsonList(formats));
      }
      case RECORD_DISTRIBUTION -> {
        ReleaseFormRules.distribution(checks);
        checks.orReject();
        records.distribution(release.key(), in.text(DISTRIBUTION_CHANNEL), in.text(DISTRIBUTION_URL), null);
      }
      case WRITE_NOTES -> {
        ReleaseFormRules.releaseNotes(checks, in.text(DOCUMENTATION_LINKS));
        checks.orReject();
        records.notes(release.key(), new ReleaseNotes(in.text(CHANGELOG), in.text(INSTALLATION_STEPS),
            in.text(KNOWN_ISSUES), in.text(DOCUMENTATION_LINKS), in.text(TEST_PLAN), in.text(CONFORMANCE_INFO)));
      }
      case TEAM_TEST -> test(release, checks, in, by, "team-test", TEAM_TEST_RESULT, TEAM_TEST_REPORT_URL,
          TEAM_TEST_SUMMARY);
      case OTAG_TEST -> test(release, checks, in, by, "otag-test", OTAG_TEST_RESULT, OTAG_TEST_REPORT_URL,
          OTAG_TEST_SUMMARY);
      case ACCEPTANCE_TEST -> {
        boolean passed = test(release, checks, in, by, "acceptance", ACCEPTANCE_RESULT, ACCEPTANCE_REPORT_URL,
            ACCEPTANCE_SUMMARY);
        out.put(ACCEPTANCE_PASSED, passed);
        if (!passed) {
          out.putAll(Failure.of("acceptance tests by the customer representatives", in.text(ACCEPTANCE_SUMMARY),
              in.text(ACCEPTANCE_REPORT_URL)));
        }
      }
      case REVIEW_DOCUMENTATION -> documentation(release, checks, in, out, by);
      case WRITE_ROLLBACK_STEPS -> {
        ReleaseFormRules.rollbackSteps(checks, in.text(ROLLBACK_STEPS));
        checks.orReject();
        records.rollbackSteps(release.key(), in.text(ROLLBACK_STEPS));
      }
      case DEPLOY -> deploy(release, checks, in, out, by);
      case RUN_ROLLBACK -> rollback(release, checks, in, out, by, execution);
      case REVIEW -> {
        ReleaseFormRules.review(checks);
        checks.orReject();
        boolean success = Values.SUCCESS.equals(in.text(REVIEW_OUTCOME));
        records.review(release.key(), in.text(REVIEW_OUTCOME), in.text(REVIEW_ANALYSIS),
            success ? ReleaseStatus.SUCCEEDED : ReleaseStatus.FAILED);
        out.put(RELEASE_SUCCEEDED, success);
      }
      case POST_REVIEW -> {
        ReleaseFormRules.ombPostReview(checks, "not-justified".equals(in.text(OMB_POST_REVIEW_OUTCOME)));
        checks.orReject();
        records.ombPostReview(release.key(), in.text(OMB_POST_REVIEW_OUTCOME), in.text(OMB_POST_REVIEW_COMMENT));
      }
      default -> throw new IllegalStateException("no form rules for task " + task.getTaskDefinitionKey());
    }
    execution.setVariables(out);
    ReleaseRecord now = records.get(release.key());
    Tool tool = registry.find(now.toolKey()).orElseThrow();
    execution.setVariables(ReleaseVariables.of(now, tool, records.changesOf(now.key())));
  }

  private void develop(ReleaseRecord release, FormChecks checks, SubmittedValues in) {
    ReleaseFormRules.development(checks);
    List<String> changeKeys = in.list(CHANGE_KEYS);
    if (changeKeys != null) {
      changes.checkReleasable(release.toolKey(), changeKeys, release.key(), checks);
    }
    checks.orReject();
    records.replaceChanges(release.key(), changeKeys);
    records.releaseTag(release.key(), in.text(RELEASE_TAG));
  }

  // The new date must meet the rules from now on: the OMB has not heard of it yet.
  private void reschedule(ReleaseRecord release, FormChecks checks, SubmittedValues in) {
    LocalDate date = in.date(PLANNED_DATE, true);
    PlanCheck plan = null;
    if (date != null) {
      Instant now = clock.instant();
      plan = planner.check(release.kind(), rules.planRules(release.kind()), date, now, now);
      checks.rule(PLANNED_DATE, plan.holds(), plan.message());
    }
    checks.orReject();
    records.plan(release.key(), date, plan.ombMeetingAt());
  }

  // A slipped release: the new date meets the same OMB rules as the first, counted from now; the OMB hears of it.
  private void newDeploymentDate(ReleaseRecord release, FormChecks checks, SubmittedValues in, Map<String, Object> out) {
    LocalDate date = in.date(PLANNED_DATE, true);
    PlanCheck plan = null;
    if (date != null) {
      Instant now = clock.instant();
      plan = planner.check(release.kind(), rules.planRules(release.kind()), date, now, now);
      checks.rule(PLANNED_DATE, plan.holds(), plan.message());
    }
    checks.orReject();
    records.plan(release.key(), date, plan.ombMeetingAt());
    changes.planDeployment(release.key(), date);
    out.putAll(DeploymentDates.of(date, calendar.zone()));
    out.put(OMB_MEETING_AT, Date.from(plan.ombMeetingAt()));
    out.put(OMB_MEETING_DATE, calendar.dateOf(plan.ombMeetingAt()).toString());
    out.put(PLAN_MESSAGE, "The release was not deployed on its planned date, " + release.plannedDate()
        + ". " + plan.message());
  }

  private void confirmTag(ReleaseRecord release, FormChecks checks, SubmittedValues in, Map<String, Object> out,
      String by) {
    boolean confirmed = Values.YES.equals(in.text(TAG_CONFIRMED));
    ReleaseFormRules.tagConfirmation(checks, confirmed);
    checks.orReject();
    out.put(TAG_FOUND, confirmed);
    String summary = confirmed ? "tag " + release.releaseTag() + " confirmed" : in.text(TAG_COMMENT);
    report(release, "tag", confirmed, in.text(TAG_URL), summary, by);
    if (confirmed) {
      records.tagUrl(release.key(), in.text(TAG_URL));
    } else {
      out.putAll(Failure.of("tag " + release.releaseTag() + " not confirmed in the repository", summary, null));
    }
  }

  private boolean test(ReleaseRecord release, FormChecks checks, SubmittedValues in, String by, String stage,
      String resultField, String linkField, String summaryField) {
    boolean passed = Values.PASS.equals(in.text(resultField));
    ReleaseFormRules.testReport(checks, resultField, linkField, summaryField, !passed);
    checks.orReject();
    report(release, stage, passed, in.text(linkField), in.text(summaryField), by);
    return passed;
  }

  private void documentation(ReleaseRecord release, FormChecks checks, SubmittedValues in, Map<String, Object> out,
      String by) {
    boolean insufficient = Values.DOCUMENTATION_INSUFFICIENT.equals(in.text(DOCUMENTATION_RESULT));
    ReleaseFormRules.documentationReview(checks, insufficient);
    checks.orReject();
    report(release, "documentation", !insufficient, null, in.text(DOCUMENTATION_RESULT)
        + (in.text(DOCUMENTATION_COMMENT) == null ? "" : ": " + in.text(DOCUMENTATION_COMMENT)), by);
    out.put(DOCUMENTATION_OK, !insufficient);
    if (!insufficient) {
      records.status(release.key(), ReleaseStatus.READY);
    } else {
      out.putAll(Failure.of("documentation review", in.text(DOCUMENTATION_COMMENT), null));
    }
  }

  private void deploy(ReleaseRecord release, FormChecks checks, SubmittedValues in, Map<String, Object> out,
      String by) {
    boolean succeeded = Values.SUCCESS.equals(in.text(DEPLOYMENT_RESULT));
    ReleaseFormRules.deployment(checks, !succeeded);
    checks.orReject();
    report(release, "deployment", succeeded, null, in.text(DEPLOYMENT_NOTES), by);
    out.put(DEPLOYMENT_SUCCEEDED, succeeded);
    if (succeeded) {
      records.status(release.key(), ReleaseStatus.DEPLOYED);
    } else {
      out.putAll(Failure.of("deployment to production", in.text(DEPLOYMENT_NOTES), null));
    }
  }

  private void rollback(ReleaseRecord release, FormChecks checks, SubmittedValues in, Map<String, Object> out,
      String by, DelegateExecution execution) {
    boolean incomplete = "incomplete".equals(in.text(ROLLBACK_RESULT));
    ReleaseFormRules.rollbackRun(checks, incomplete);
    checks.orReject();
    String notes = in.text(ROLLBACK_RESULT) + (in.text(ROLLBACK_NOTES) == null ? "" : ": " + in.text(ROLLBACK_NOTES));
    report(release, "rollback", !incomplete, null, notes, by);
    out.put(FAILURE_SUMMARY, execution.getVariable(FAILURE_SUMMARY) + "\nRollback " + notes);
  }

  private void report(ReleaseRecord release, String stage, boolean passed, String link, String summary, String by) {
    records.addReport(release.key(), new ReleaseReport(release.iteration(), stage,
        passed ? Values.PASS : Values.FAIL, link, summary, by, clock.instant()));
  }

  private String actor(DelegateTask task) {
    Authentication caller = identityService.getCurrentAuthentication();
    return caller != null && caller.getUserId() != null ? caller.getUserId() : task.getAssignee();
  }
}
