package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Elements.*;
import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.toolflow.release.ReleaseProcess.Values;
import org.toolflow.system.forms.FormChecks;
import org.toolflow.system.forms.FormValues;

/**
 * On completing any task of the release process: refuses a bad form (400 through the engine REST API, nothing
 * written) by the rules of that task's form. What the form says is written by the record step that follows the task
 * in the model.
 */
@Component
class ReleaseTaskListener implements TaskListener {

  private final ReleaseRecords records;
  private final ReleaseChanges changes;
  private final ReleasePlanner planner;
  private final NewPlannedDate dates;

  ReleaseTaskListener(ReleaseRecords records, ReleaseChanges changes, ReleasePlanner planner, NewPlannedDate dates) {
    this.records = records;
    this.changes = changes;
    this.planner = planner;
    this.dates = dates;
  }

  @Override
  public void notify(DelegateTask task) {
    ReleaseRecord release = records.get(task.getExecution().getProcessBusinessKey());
    Map<String, Object> values = task.getVariables();
    FormChecks checks = FormChecks.of(values);
    FormValues in = new FormValues(values, checks, planner.zone());
    switch (task.getTaskDefinitionKey()) {
      case DEVELOP -> development(release, checks, in);
      case RESCHEDULE, SET_NEW_DEPLOYMENT_DATE -> newDate(release, checks, in);
      case WRITE_COMMUNICATION -> ReleaseFormRules.communication(checks);
      case CONFIRM_TAG -> ReleaseFormRules.tagConfirmation(checks, Values.YES.equals(in.text(TAG_CONFIRMED)));
      case PACKAGE -> ReleaseFormRules.packaging(checks, in.list(PACKAGE_FORMATS));
      case RECORD_DISTRIBUTION -> ReleaseFormRules.distribution(checks);
      case WRITE_NOTES -> ReleaseFormRules.releaseNotes(checks, in.text(DOCUMENTATION_LINKS));
      case TEAM_TEST -> testReport(checks, in, TEAM_TEST_RESULT, TEAM_TEST_REPORT_URL, TEAM_TEST_SUMMARY);
      case OTAG_TEST -> testReport(checks, in, OTAG_TEST_RESULT, OTAG_TEST_REPORT_URL, OTAG_TEST_SUMMARY);
      case ACCEPTANCE_TEST -> testReport(checks, in, ACCEPTANCE_RESULT, ACCEPTANCE_REPORT_URL, ACCEPTANCE_SUMMARY);
      case REVIEW_DOCUMENTATION -> ReleaseFormRules.documentationReview(checks,
          Values.DOCUMENTATION_INSUFFICIENT.equals(in.text(DOCUMENTATION_RESULT)));
      case WRITE_ROLLBACK_STEPS -> ReleaseFormRules.rollbackSteps(checks, in.text(ROLLBACK_STEPS));
      case DEPLOY -> ReleaseFormRules.deployment(checks, !Values.SUCCESS.equals(in.text(DEPLOYMENT_RESULT)));
      case RUN_ROLLBACK -> ReleaseFormRules.rollbackRun(checks, "incomplete".equals(in.text(ROLLBACK_RESULT)));
      case REVIEW -> ReleaseFormRules.review(checks);
      case POST_REVIEW -> ReleaseFormRules.ombPostReview(checks,
          "not-justified".equals(in.text(OMB_POST_REVIEW_OUTCOME)));
      default -> throw new IllegalStateException("no form rules for task " + task.getTaskDefinitionKey());
    }
    checks.orReject();
  }

  private void development(ReleaseRecord release, FormChecks checks, FormValues in) {
    ReleaseFormRules.development(checks);
    List<String> changeKeys = in.list(CHANGE_KEYS);
    if (changeKeys != null) {
      changes.checkReleasable(release.toolKey(), changeKeys, release.key(), checks);
    }
  }

  // The new date must meet the rules from now on: the OMB has not heard of it yet.
  private void newDate(ReleaseRecord release, FormChecks checks, FormValues in) {
    LocalDate date = in.date(PLANNED_DATE, true);
    if (date != null) {
      PlanCheck plan = dates.check(release, date);
      checks.rule(PLANNED_DATE, plan.holds(), plan.message());
    }
  }

  private static void testReport(FormChecks checks, FormValues in, String result, String link, String summary) {
    ReleaseFormRules.testReport(checks, result, link, summary, !Values.PASS.equals(in.text(result)));
  }
}
