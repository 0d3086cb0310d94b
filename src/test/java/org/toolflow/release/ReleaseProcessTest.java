package org.toolflow.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.toolflow.release.ReleaseProcess.Elements.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.ActingAs;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.change.ChangeRecords;
import org.toolflow.change.ChangeReleases;
import org.toolflow.change.ChangeRequestProcess;
import org.toolflow.change.ChangeStatus;
import org.toolflow.integration.journal.JournalEntry;
import org.toolflow.omb.OmbCalendar;
import org.toolflow.omb.PlannedReleases;
import org.toolflow.release.ReleaseAgenda.AgendaRelease;
import org.toolflow.release.ReleaseProcess.Vars;
import org.toolflow.system.process.JsonList;

/**
 * The release process, path by path, as the diagram reads. The engine clock stands on Monday 2 March 2026, the day
 * before an OMB meeting (first Tuesday of the month: 3 March, 7 April, 5 May).
 */
@ToolFlowSpringTest
class ReleaseProcessTest extends ReleaseTestCase {

  @Autowired
  ReleaseAgenda agenda;
  @Autowired
  PlannedReleases ombReleases;
  @Autowired
  ChangeRecords changeRecords;
  @Autowired
  OmbCalendar calendar;
  @Autowired
  ChangeReleases changeReleases;

  @Test
  void aMinorReleaseOnGitHubGoesFromPlanToReviewAndResolvesItsTwoChanges() {
    String tool = fixtures.activeTool(false, false, true);
    String developer = fixtures.user("developer", "team-" + tool);
    String operator = fixtures.user("operator", "egi-operations");
    ProcessInstance export = driver.changeInProgress(tool, "Export to CSV");
    ProcessInstance search = driver.changeInProgress(tool, "Faster search");
    Map<String, Object> plan = ReleaseDriver.plan(tool, "1.4.0", "minor", "2026-03-20");
    plan.put(Vars.CHANGE_KEYS, JsonList.of(List.of(export.getBusinessKey())));

    ProcessInstance release = driver.plan(developer, plan);

    assertThat(release.getBusinessKey()).startsWith("REL-");
    assertThat(release).hasPassed(START, APPLY_PLAN_RULES, CHECK_PLAN).isWaitingAt(INFORM_OMB);
    assertThat(release).variables().containsEntry(Vars.PLAN_HOLDS, true)
        .containsEntry(Vars.OMB_MEETING_DATE, "2026-03-03").containsEntry(Vars.OMB_NOTICE_DAYS, 7)
        .containsEntry(Vars.ACCEPTANCE_TESTS_REQUIRED, false).containsEntry(Vars.REQUESTER, developer)
        .containsEntry(Vars.ITERATION, 1).containsEntry(Vars.SOURCE_ON_GITHUB, true);
    assertThat(changeRecords.get(export.getBusinessKey()).intendedDeploymentDate()).isEqualTo("2026-03-20");
    driver.runJobs(release, INFORM_OMB);
    JournalEntry toOmb = driver.journal(release.getId(), "mail").get(0);
    assertThat(driver.recipients(toOmb)).containsExactly("omb@egi.eu");
    assertThat(driver.request(toOmb).path("text").asText()).contains("version 1.4.0, for 2026-03-20")
        .contains("2026-03-03").contains(export.getBusinessKey());

    assertThat(task(WRITE_COMMUNICATION, release)).hasCandidateGroup("team-" + tool);
    communicate(developer, release);
    assertThat(runtimeService.getVariable(release.getId(), Vars.CHANGE_OPTIONS).toString())
        .contains(export.getBusinessKey()).contains(search.getBusinessKey()).contains("Faster search");
    develop(developer, release, "v1.4.0", export.getBusinessKey(), search.getBusinessKey());
    driver.runJobs(release, CHECK_TAG);
    assertThat(driver.journal(release.getId(), "forge")).singleElement().satisfies(check -> {
      assertThat(check.target()).isEqualTo("EGI-Federation/" + tool + "@v1.4.0");
      assertThat(check.dryRun()).isTrue();
    });
    driver.complete(developer, release, RECORD_DISTRIBUTION, Map.of(Vars.DISTRIBUTION_CHANNEL, "github-releases",
        Vars.DISTRIBUTION_URL, "https://github.com/EGI-Federation/" + tool + "/releases/tag/v1.4.0"));
    writeNotes(developer, release);
    driver.runJobs(release, SEND_ANNOUNCEMENT);
    JournalEntry announcement = driver.journal(release.getId(), "mail").get(1);
    assertThat(driver.recipients(announcement)).contains(tool + "-support@example.org");
    assertThat(driver.request(announcement).path("text").asText()).contains("Expected release date: 2026-03-20")
        .contains("Export to CSV and faster search").contains("yum update").contains("Known issues:")
        .contains("https://docs.example.org/" + tool).contains("Log in, search, export")
        .contains("UMD quality criteria").contains("https://github.com/EGI-Federation/" + tool + "/releases/tag/v1.4.0");

    driver.complete(developer, release, TEAM_TEST, testResult("teamTest", "pass"));
    assertThat(release).hasNotPassed(OTAG_TEST, ACCEPTANCE_TEST).isWaitingAt(REVIEW_DOCUMENTATION);
    assertThat(task(REVIEW_DOCUMENTATION, release)).hasCandidateGroup("egi-operations");
    driver.complete(operator, release, REVIEW_DOCUMENTATION, Map.of(Vars.DOCUMENTATION_RESULT, "up-to-date"));
    assertThat(release).hasPassed(DECIDE_ROLLBACK).isWaitingAt(PLANNED_DATE_REACHED);
    assertThat(release).variables().containsEntry(Vars.ROLLBACK_REQUIRED, false);
    assertThat(agenda.plannedBetween(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31")))
        .filteredOn(r -> r.releaseKey().equals(release.getBusinessKey())).singleElement().satisfies(r -> {
          assertThat(r.ombItem()).contains("CSV export");
          assertThat(r.broadcastText()).contains(tool + " 1.4.0");
          assertThat(r.status()).isEqualTo("READY");
        });
    assertThat(ombReleases.presentedAt(LocalDate.parse("2026-03-03")))
        .as("the agenda of the meeting planning chose lists it").anySatisfy(r -> assertThat(r.broadcastText()).contains(tool + " 1.4.0"));

    driver.runJobs(release, PLANNED_DATE_REACHED);
    deployAndReview(developer, release);

    assertThat(release).isEnded().hasPassed(END_SUCCEEDED).hasNotPassed(CONFIRM_TAG, PACKAGE, WRITE_ROLLBACK_STEPS,
        RESCHEDULE, RECORD_FAILURE, POST_REVIEW, END_FAILED);
    ReleaseRecord record = records.get(release.getBusinessKey());
    assertThat(record.status()).isEqualTo(ReleaseStatus.SUCCEEDED);
    assertThat(record.iteration()).isEqualTo(1);
    assertThat(records.changesOf(record.key())).containsExactlyInAnyOrder(export.getBusinessKey(),
        search.getBusinessKey());
    for (ProcessInstance change : List.of(export, search)) {
      driver.runJobs(change, ChangeRequestProcess.Elements.SET_RESOLVED,
          ChangeRequestProcess.Elements.MAIL_REVIEW_REQUEST);
      assertThat(change).isWaitingAt(ChangeRequestProcess.Elements.REVIEW_IMPLEMENTATION);
      assertThat(changeRecords.get(change.getBusinessKey()).status()).isEqualTo(ChangeStatus.RESOLVED);
      assertThat(changeRecords.get(change.getBusinessKey()).releaseReference()).isEqualTo(record.reference());
    }
    assertThat(agenda.plannedBetween(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31")))
        .extracting(AgendaRelease::releaseKey).doesNotContain(release.getBusinessKey());
  }

  @Test
  void aMajorReleaseForUmdIsTestedWithTheOtagAcceptedByCustomersAndNeedsRollbackStepsForHighImpact() {
    String tool = fixtures.activeTool(true, true, false);
    String developer = fixtures.user("developer", "team-" + tool);
    String adviser = fixtures.user("adviser", "otag-" + tool);
    String customer = fixtures.user("customer-rep", "customer-reps");
    String operator = fixtures.user("operator", "egi-operations");
    Map<String, Object> plan = ReleaseDriver.plan(tool, "2.0.0", "major", "2026-03-20");
    plan.put(Vars.HIGH_IMPACT, true);

    ProcessInstance release = driver.plan(developer, plan);
    assertThat(release).variables().containsEntry(Vars.ACCEPTANCE_TESTS_REQUIRED, true)
        .containsEntry(Vars.UMD_DISTRIBUTION, true).containsEntry(Vars.SOURCE_ON_GITHUB, false);
    driver.runJobs(release, INFORM_OMB);
    communicate(developer, release);
    develop(developer, release, "v2.0.0");

    assertThat(release).hasNotPassed(CHECK_TAG).isWaitingAt(CONFIRM_TAG);
    String tagUrl = "https://gitlab.example.org/egi/" + tool + "/-/tags/v2.0.0";
    driver.complete(developer, release, CONFIRM_TAG, Map.of(Vars.TAG_CONFIRMED, "yes", Vars.TAG_URL, tagUrl));
    driver.complete(developer, release, PACKAGE, Map.of(Vars.PACKAGE_FORMATS,
        JsonList.of(List.of("rpm", "deb")), Vars.PACKAGES_URL, "https://repository.egi.eu/sw/" + tool));
    writeNotes(developer, release);
    driver.runJobs(release, SEND_ANNOUNCEMENT);
    assertThat(driver.recipients(driver.journal(release.getId(), "mail").get(1)))
        .contains(tool + "-support@example.org", adviser + "@example.org");

    assertThat(release).isWaitingAt(TEAM_TEST, OTAG_TEST);
    assertThat(task(OTAG_TEST, release)).hasCandidateGroup("otag-" + tool);
    // The OTAG's member finds the task in Tasklist, with the engine's authorization checks on.
    assertThat(ActingAs.as(identityService, adviser, () -> taskService.createTaskQuery()
        .processInstanceId(release.getId()).taskDefinitionKey(OTAG_TEST).count())).isOne();
    driver.complete(adviser, release, OTAG_TEST, testResult("otagTest", "pass"));
    driver.complete(developer, release, TEAM_TEST, testResult("teamTest", "pass"));
    assertThat(task(ACCEPTANCE_TEST, release)).hasCandidateGroup("customer-reps");
    driver.complete(customer, release, ACCEPTANCE_TEST, testResult("acceptance", "pass"));
    driver.complete(operator, release, REVIEW_DOCUMENTATION, Map.of(Vars.DOCUMENTATION_RESULT, "updated"));

    assertThat(release).variables().containsEntry(Vars.ROLLBACK_REQUIRED, true);
    assertThatThrownBy(() -> driver.complete(developer, release, WRITE_ROLLBACK_STEPS,
        Map.of(Vars.ROLLBACK_STEPS, "Undo it"))).hasMessageContaining("rollbackSteps")
        .hasMessageContaining("at least 2 steps");
    assertThat(release).isWaitingAt(WRITE_ROLLBACK_STEPS);
    driver.complete(developer, release, WRITE_ROLLBACK_STEPS, Map.of(Vars.ROLLBACK_STEPS,
        "1. Stop the service\n2. Reinstall 1.9.3 from the UMD repository\n3. Restore the database dump"));
    driver.runJobs(release, PLANNED_DATE_REACHED);
    deployAndReview(developer, release);

    assertThat(release).isEnded().hasPassed(CONFIRM_TAG, PACKAGE, OTAG_TEST, ACCEPTANCE_TEST, WRITE_ROLLBACK_STEPS,
        END_SUCCEEDED).hasNotPassed(RECORD_DISTRIBUTION, RUN_ROLLBACK, POST_REVIEW);
    ReleaseRecord record = records.get(release.getBusinessKey());
    assertThat(record.distributionChannel()).isEqualTo("umd-repository");
    assertThat(record.packageFormats()).isEqualTo("rpm,deb");
    assertThat(record.tagUrl()).isEqualTo(tagUrl);
    assertThat(record.rollbackSteps()).contains("Reinstall 1.9.3");
    assertThat(records.reports(record.key())).extracting(ReleaseReport::stage).containsExactly("tag", "otag-test",
        "team-test", "acceptance", "documentation", "deployment");
  }

  @Test
  void failedTestsSendTheReleaseBackToDevelopmentTwiceAndTheCycleCountIsKept() {
    String tool = fixtures.activeTool(true, false, true);
    String developer = fixtures.user("developer", "team-" + tool);
    String adviser = fixtures.user("adviser", "otag-" + tool);
    String operator = fixtures.user("operator", "egi-operations");
    ProcessInstance release = driver.plan(developer, ReleaseDriver.plan(tool, "1.5.0", "minor", "2026-03-20"));

    buildAndAnnounce(developer, release, "v1.5.0");
    driver.complete(adviser, release, OTAG_TEST, testResult("otagTest", "pass"));
    driver.complete(developer, release, TEAM_TEST, failed("teamTest", "Login fails with an expired certificate"));
    assertThat(release).hasPassed(COLLECT_TEST_RESULTS, TEST_FAILED, RECORD_FAILURE).hasNotPassed(REVIEW_DOCUMENTATION)
        .isWaitingAt(MAIL_FAILURE_REPORT);
    assertThat(release).variables().containsEntry(Vars.ITERATION, 2).doesNotContainKey(Vars.TEAM_TEST_RESULT)
        .doesNotContainKey(Vars.TESTS_PASSED);
    assertThat((String) runtimeService.getVariable(release.getId(), Vars.FAILURE_REPORT))
        .contains("Iteration 1").contains("release tests").contains("Login fails with an expired certificate")
        .contains("https://ci.example.org/teamTest");
    driver.runJobs(release, MAIL_FAILURE_REPORT);
    assertThat(release).isWaitingAt(INFORM_OMB);

    buildAndAnnounce(developer, release, "v1.5.0");
    driver.complete(developer, release, TEAM_TEST, testResult("teamTest", "pass"));
    driver.complete(adviser, release, OTAG_TEST, failed("otagTest", "The dashboard shows no data"));
    driver.runJobs(release, MAIL_FAILURE_REPORT);
    assertThat(release).variables().containsEntry(Vars.ITERATION, 3);

    buildAndAnnounce(developer, release, "v1.5.0");
    driver.complete(developer, release, TEAM_TEST, testResult("teamTest", "pass"));
    driver.complete(adviser, release, OTAG_TEST, testResult("otagTest", "pass"));
    driver.complete(operator, release, REVIEW_DOCUMENTATION, Map.of(Vars.DOCUMENTATION_RESULT, "up-to-date"));

    assertThat(release).isWaitingAt(PLANNED_DATE_REACHED);
    ReleaseRecord record = records.get(release.getBusinessKey());
    assertThat(record.iteration()).isEqualTo(3);
    assertThat(record.status()).isEqualTo(ReleaseStatus.READY);
    assertThat(records.reports(record.key())).filteredOn(r -> r.stage().equals("failure"))
        .extracting(ReleaseReport::iteration).containsExactly(1, 2);
    assertThat(driver.mailTemplates(release.getId())).containsExactly("release-plan", "release-announcement",
        "release-failure", "release-plan", "release-announcement", "release-failure", "release-plan",
        "release-announcement");
    JournalEntry failureMail = driver.journal(release.getId(), "mail").get(5);
    assertThat(driver.recipients(failureMail)).containsExactly(tool + "-support@example.org",
        developer + "@example.org");
    assertThat(driver.request(failureMail).path("text").asText()).contains("The dashboard shows no data");
  }

  @Test
  void failedAcceptanceTestsAndInsufficientDocumentationEachSendAMajorReleaseBack() {
    String tool = fixtures.activeTool(false, false, true);
    String developer = fixtures.user("developer", "team-" + tool);
    String customer = fixtures.user("customer-rep", "customer-reps");
    String operator = fixtures.user("operator", "egi-operations");
    ProcessInstance release = driver.plan(developer, ReleaseDriver.plan(tool, "3.0.0", "major", "2026-03-20"));

    buildAndAnnounce(developer, release, "v3.0.0");
    driver.complete(developer, release, TEAM_TEST, testResult("teamTest", "pass"));
    driver.complete(customer, release, ACCEPTANCE_TEST, failed("acceptance", "The new workflow confuses users"));
    assertThat(release).hasNotPassed(REVIEW_DOCUMENTATION).isWaitingAt(MAIL_FAILURE_REPORT);
    driver.runJobs(release, MAIL_FAILURE_REPORT);

    buildAndAnnounce(developer, release, "v3.0.0");
    driver.complete(developer, release, TEAM_TEST, testResult("teamTest", "pass"));
    driver.complete(customer, release, ACCEPTANCE_TEST, testResult("acceptance", "pass"));
    assertThatThrownBy(() -> driver.complete(operator, release, REVIEW_DOCUMENTATION,
        Map.of(Vars.DOCUMENTATION_RESULT, "insufficient"))).hasMessageContaining("documentationComment");
    driver.complete(operator, release, REVIEW_DOCUMENTATION, Map.of(Vars.DOCUMENTATION_RESULT, "insufficient",
        Vars.DOCUMENTATION_COMMENT, "The upgrade guide still describes 2.x"));
    driver.runJobs(release, MAIL_FAILURE_REPORT);

    assertThat(release).isWaitingAt(INFORM_OMB).variables().containsEntry(Vars.ITERATION, 3);
    assertThat(records.reports(release.getBusinessKey())).filteredOn(r -> r.stage().equals("failure"))
        .extracting(ReleaseReport::summary).satisfiesExactly(
            first -> assertThat(first).contains("acceptance tests").contains("The new workflow confuses users"),
            second -> assertThat(second).contains("documentation review").contains("upgrade guide"));
  }

  @Test
  void aFailedDeploymentOfAHighRiskReleaseRunsTheRollbackStepsAndGoesBackToDevelopment() {
    String tool = fixtures.activeTool(false, false, true);
    String developer = fixtures.user("developer", "team-" + tool);
    String operator = fixtures.user("operator", "egi-operations");
    Map<String, Object> plan = ReleaseDriver.plan(tool, "1.7.0", "minor", "2026-03-20");
    plan.put(Vars.HIGH_RISK, "true");
    ProcessInstance release = driver.plan(developer, plan);

    buildAndAnnounce(developer, release, "v1.7.0");
    driver.complete(developer, release, TEAM_TEST, testResult("teamTest", "pass"));
    driver.complete(operator, release, REVIEW_DOCUMENTATION, Map.of(Vars.DOCUMENTATION_RESULT, "up-to-date"));
    driver.complete(developer, release, WRITE_ROLLBACK_STEPS, Map.of(Vars.ROLLBACK_STEPS,
        "1. Restore the database snapshot\n2. Reinstall 1.6.2"));
    driver.runJobs(release, PLANNED_DATE_REACHED);
    driver.complete(developer, release, DEPLOY, Map.of(Vars.DEPLOYMENT_RESULT, "failure",
        Vars.DEPLOYMENT_NOTES, "The database migration failed half-way"));

    assertThat(release).isWaitingAt(RUN_ROLLBACK);
    assertThat(task(RUN_ROLLBACK, release)).hasCandidateGroup("team-" + tool);
    driver.complete(developer, release, RUN_ROLLBACK, Map.of(Vars.ROLLBACK_RESULT, "completed",
        Vars.ROLLBACK_NOTES, "1.6.2 runs on the restored database"));
    assertThat(release).hasPassed(RUN_ROLLBACK, DEPLOYMENT_FAILED, RECORD_FAILURE).hasNotPassed(REVIEW);
    assertThat((String) runtimeService.getVariable(release.getId(), Vars.FAILURE_REPORT))
        .contains("deployment to production").contains("The database migration failed half-way")
        .contains("Rollback completed: 1.6.2 runs on the restored database");
    driver.runJobs(release, MAIL_FAILURE_REPORT);

    assertThat(release).isWaitingAt(INFORM_OMB).variables().containsEntry(Vars.ITERATION, 2);
    ReleaseRecord record = records.get(release.getBusinessKey());
    assertThat(record.status()).isEqualTo(ReleaseStatus.PLANNED);
    assertThat(records.reports(record.key())).extracting(r -> r.stage() + ":" + r.outcome())
        .contains("deployment:fail", "rollback:pass", "failure:fail");
  }

  @Test
  void anEmergencyReleaseNeedsNoNoticeAndIsPostReviewedAtTheFirstOmbMeetingAfterIt() {
    String tool = fixtures.activeTool(false, false, true);
    String developer = fixtures.user("developer", "team-" + tool);
    String operator = fixtures.user("operator", "egi-operations");
    String ombMember = fixtures.user("omb-member", "omb");
    ProcessInstance fix = driver.changeInProgress(tool, "Close the XSS hole");
    Map<String, Object> plan = ReleaseDriver.plan(tool, "1.4.1", "emergency", "2026-03-03");
    plan.put(Vars.CHANGE_KEYS, JsonList.of(List.of(fix.getBusinessKey())));

    ProcessInstance release = driver.plan(developer, plan);

    assertThat(release).variables().containsEntry(Vars.OMB_NOTICE_DAYS, 0)
        .containsEntry(Vars.OMB_MEETING_RULE, "after-release").containsEntry(Vars.OMB_MEETING_DATE, "2026-04-07")
        .containsEntry(Vars.EMERGENCY_RELEASE, true);
    buildAndAnnounce(developer, release, "v1.4.1", fix.getBusinessKey());
    driver.complete(developer, release, TEAM_TEST, testResult("teamTest", "pass"));
    assertThat(release).hasNotPassed(ACCEPTANCE_TEST);
    driver.complete(operator, release, REVIEW_DOCUMENTATION, Map.of(Vars.DOCUMENTATION_RESULT, "up-to-date"));
    driver.runJobs(release, PLANNED_DATE_REACHED);
    deployAndReview(developer, release);

    assertThat(release).isWaitingAt(POST_REVIEW);
    assertThat(task(POST_REVIEW, release)).hasCandidateGroup("omb")
        .hasDueDate(Date.from(records.get(release.getBusinessKey()).ombMeetingAt()));
    assertThat(agenda.emergencyAwaitingPostReview()).extracting(AgendaRelease::releaseKey)
        .contains(release.getBusinessKey());
    assertThat(ombReleases.emergencyAwaitingPostReview(LocalDate.parse("2026-03-03")))
        .as("not before the first meeting after it").noneSatisfy(r -> assertThat(r.version()).isEqualTo("1.4.1"));
    assertThat(ombReleases.emergencyAwaitingPostReview(LocalDate.parse("2026-04-07")))
        .anySatisfy(r -> assertThat(r.toolKey() + " " + r.version()).isEqualTo(tool + " 1.4.1"));
    assertThat(agenda.plannedBetween(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31")))
        .extracting(AgendaRelease::releaseKey).doesNotContain(release.getBusinessKey());
    driver.runJobs(fix, ChangeRequestProcess.Elements.SET_RESOLVED);
    assertThat(changeRecords.get(fix.getBusinessKey()).status()).isEqualTo(ChangeStatus.RESOLVED);

    driver.complete(ombMember, release, POST_REVIEW, Map.of(Vars.OMB_POST_REVIEW_OUTCOME, "justified"));
    assertThat(release).isEnded().hasPassed(POST_REVIEW, END_SUCCEEDED);
    assertThat(records.get(release.getBusinessKey()).ombPostReview()).isEqualTo("justified");
    assertThat(agenda.emergencyAwaitingPostReview()).extracting(AgendaRelease::releaseKey)
        .doesNotContain(release.getBusinessKey());
  }

  @Test
  void aMissingTagAndAFailedDeploymentWithoutRollbackStepsGoBackAndAFailedReviewEndsTheReleaseAndFreesItsChange() {
    String tool = fixtures.activeTool(false, false, false);
    String developer = fixtures.user("developer", "team-" + tool);
    String operator = fixtures.user("operator", "egi-operations");
    ProcessInstance change = driver.changeInProgress(tool, "Rename the API");
    ProcessInstance release = minorReleaseOf(developer, tool, "1.6.0", change);

    tagNotConfirmed(developer, release, "v1.6.0", change, "The tag was never pushed");
    assertThat(release).hasPassed(BUILD_FAILED, RECORD_FAILURE).hasNotPassed(RECORD_DISTRIBUTION, TEST);
    driver.runJobs(release, MAIL_FAILURE_REPORT);

    againUntilDeployment(developer, operator, release, tool, "v1.6.0", change.getBusinessKey());
    driver.complete(developer, release, DEPLOY, Map.of(Vars.DEPLOYMENT_RESULT, "failure",
        Vars.DEPLOYMENT_NOTES, "The service did not start"));
    assertThat(release).hasNotPassed(RUN_ROLLBACK).isWaitingAt(MAIL_FAILURE_REPORT);
    driver.runJobs(release, MAIL_FAILURE_REPORT);

    againUntilDeployment(developer, operator, release, tool, "v1.6.1", change.getBusinessKey());
    driver.complete(developer, release, DEPLOY, Map.of(Vars.DEPLOYMENT_RESULT, "success"));
    driver.complete(developer, release, REVIEW, Map.of(Vars.REVIEW_OUTCOME, "failure",
        Vars.REVIEW_ANALYSIS, "Users lost their saved searches; a fix goes into 1.6.2"));

    driver.runJobs(release, RETURN_CHANGES, MAIL_REVIEW_FAILURE);

    assertThat(release).isEnded().hasPassed(RETURN_CHANGES, MAIL_REVIEW_FAILURE, END_FAILED)
        .hasNotPassed(RESOLVE_CHANGES, END_SUCCEEDED);
    ReleaseRecord record = records.get(release.getBusinessKey());
    assertThat(record.status()).isEqualTo(ReleaseStatus.FAILED);
    assertThat(record.iteration()).isEqualTo(3);
    assertThat(record.releaseTag()).isEqualTo("v1.6.1");
    assertThat(record.reviewAnalysis()).contains("saved searches");
    List<JournalEntry> mails = driver.journal(release.getId(), "mail");
    JournalEntry failureMail = mails.get(mails.size() - 1);
    assertThat(failureMail.activityId()).isEqualTo(MAIL_REVIEW_FAILURE);
    assertThat(driver.recipients(failureMail)).contains(tool + "-support@example.org", "operations@example.org",
        "omb@example.org", "omb@egi.eu");
    assertThat(driver.request(failureMail).path("subject").asText()).contains("Release failed in production");
    assertThat(driver.request(failureMail).path("text").asText()).contains("Users lost their saved searches")
        .contains(change.getBusinessKey() + ") are Accepted again");

    // The change is Accepted again, waits for the next release, and the next release can resolve it.
    driver.runJobs(change, ChangeRequestProcess.Elements.SET_ACCEPTED_AGAIN);
    assertThat(change).hasPassed(ChangeRequestProcess.Elements.RELEASE_FAILED)
        .isWaitingAt(ChangeRequestProcess.Elements.RELEASE_OUTCOME);
    assertThat(changeRecords.get(change.getBusinessKey()).status()).isEqualTo(ChangeStatus.ACCEPTED);
    assertThat(changeRecords.history(change.getBusinessKey())).last().satisfies(last -> {
      assertThat(last.status()).isEqualTo(ChangeStatus.ACCEPTED);
      assertThat(last.note()).contains(record.reference()).contains("failed");
    });
    assertThat(changeReleases.releasable(tool)).extracting(c -> c.key()).contains(change.getBusinessKey());
    changeReleases.releaseDeployed(change.getBusinessKey(), tool + " 1.6.2 (REL-next)");
    driver.runJobs(change, ChangeRequestProcess.Elements.SET_RESOLVED);
    assertThat(changeRecords.get(change.getBusinessKey()).status()).isEqualTo(ChangeStatus.RESOLVED);
  }

  @Test
  void aPlanThatCannotMeetTheOmbRulesIsRefusedAtTheStartWithTheEarliestValidDate() {
    String tool = fixtures.activeTool(false, false, true);
    String developer = fixtures.user("developer", "team-" + tool);
    String otherTool = fixtures.activeTool(false, false, true);
    String outsider = fixtures.user("outsider", "team-" + otherTool);
    ProcessInstance otherChange = driver.changeInProgress(otherTool, "Not this tool's");

    assertThatThrownBy(() -> driver.plan(developer, ReleaseDriver.plan(tool, "1.1.0", "minor", "2026-03-09")))
        .satisfies(e -> assertThat(ReleaseApiTest.problems(e)).singleElement().satisfies(p -> {
          assertThat(p.field()).isEqualTo(Vars.PLANNED_DATE);
          assertThat(p.message()).contains("2026-02-03").contains("The earliest valid date is 2026-03-10");
        }));
    Map<String, Object> foreign = ReleaseDriver.plan(tool, "1.1.0", "minor", "2026-03-10");
    foreign.put(Vars.CHANGE_KEYS, JsonList.of(List.of(otherChange.getBusinessKey())));
    assertThatThrownBy(() -> driver.plan(developer, foreign)).satisfies(e -> assertThat(ReleaseApiTest.problems(e))
        .extracting(p -> p.field()).containsExactly(Vars.CHANGE_KEYS));
    assertThatThrownBy(() -> driver.plan(outsider, ReleaseDriver.plan(tool, "1.1.0", "minor", "2026-03-10")))
        .satisfies(e -> assertThat(ReleaseApiTest.problems(e)).singleElement()
            .satisfies(p -> assertThat(p.message()).contains("team-" + tool)));
    Map<String, Object> forged = ReleaseDriver.plan(tool, "1.1.0", "minor", "2026-03-10");
    forged.put(Vars.TESTS_PASSED, true);
    assertThatThrownBy(() -> driver.plan(developer, forged)).satisfies(e -> assertThat(ReleaseApiTest.problems(e))
        .extracting(p -> p.field()).containsExactly(Vars.TESTS_PASSED));
    assertThat(records.list(null, null, tool, 0, 10)).isEmpty();

    ProcessInstance accepted = driver.plan(developer, ReleaseDriver.plan(tool, "1.1.0", "minor", "2026-03-10"));
    assertThat(accepted).isWaitingAt(INFORM_OMB);
    assertThatThrownBy(() -> driver.plan(developer, ReleaseDriver.plan(tool, "1.1.0", "minor", "2026-04-20")))
        .satisfies(e -> assertThat(ReleaseApiTest.problems(e)).extracting(p -> p.field())
            .containsExactly(Vars.VERSION));
  }

  @Test
  void aPlanThatNoLongerHoldsAfterAFailedCycleIsSentBackToTheTeamToReschedule() {
    String tool = fixtures.activeTool(false, false, false);
    String developer = fixtures.user("developer", "team-" + tool);
    ProcessInstance change = driver.changeInProgress(tool, "Dark mode");
    ProcessInstance release = minorReleaseOf(developer, tool, "1.8.0", change);
    tagNotConfirmed(developer, release, "v1.8.0", change, "The build server is down");

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-21T09:00:00Z")));
    driver.runJobs(release, MAIL_FAILURE_REPORT);

    assertThat(release).hasPassed(RECORD_FAILURE, CHECK_PLAN).isWaitingAt(RESCHEDULE);
    assertThat(task(RESCHEDULE, release)).hasCandidateGroup("team-" + tool);
    assertThat(release).variables().containsEntry(Vars.PLAN_HOLDS, false)
        .containsEntry(Vars.EARLIEST_PLANNED_DATE, "2026-04-14");
    assertThat((String) runtimeService.getVariable(release.getId(), Vars.PLAN_MESSAGE)).contains("has passed")
        .contains("The earliest valid date is 2026-04-14 (OMB meeting of 2026-04-07)");
    assertThatThrownBy(() -> driver.complete(developer, release, RESCHEDULE, Map.of(Vars.PLANNED_DATE, "2026-04-10")))
        .hasMessageContaining("plannedDate").hasMessageContaining("2026-04-14");
    assertThat(records.get(release.getBusinessKey()).plannedDate()).isEqualTo("2026-03-20");

    driver.complete(developer, release, RESCHEDULE, Map.of(Vars.PLANNED_DATE, "2026-04-14"));

    assertThat(release).isWaitingAt(INFORM_OMB).variables().containsEntry(Vars.PLAN_HOLDS, true)
        .containsEntry(Vars.OMB_MEETING_DATE, "2026-04-07").containsEntry(Vars.PLANNED_DATE, "2026-04-14");
    assertThat(changeRecords.get(change.getBusinessKey()).intendedDeploymentDate()).isEqualTo("2026-04-14");
    driver.runJobs(release, INFORM_OMB);
    ReleaseRecord record = records.get(release.getBusinessKey());
    assertThat(record.ombInformedDate()).isEqualTo("2026-04-14");
    assertThat(record.iteration()).isEqualTo(2);
  }

  // ---- steps of a cycle

  @Test
  void aReleaseNotDeployedOnItsPlannedDateAsksForANewDateThatMeetsTheOmbRulesAndTellsTheOmb() {
    String tool = fixtures.activeTool(false, false, true);
    String developer = fixtures.user("developer", "team-" + tool);
    String operator = fixtures.user("operator", "egi-operations");
    ProcessInstance release = driver.plan(developer, ReleaseDriver.plan(tool, "1.5.0", "minor", "2026-03-20"));
    buildAndAnnounce(developer, release, "v1.5.0");
    driver.complete(developer, release, TEAM_TEST, testResult("teamTest", "pass"));
    driver.complete(operator, release, REVIEW_DOCUMENTATION, Map.of(Vars.DOCUMENTATION_RESULT, "up-to-date"));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-20T08:00:00Z")));
    driver.runJobs(release, PLANNED_DATE_REACHED);
    assertThat(release).isWaitingAt(DEPLOY);
    assertThat(job(PLANNED_DATE_PASSED, release).getDuedate())
        .isEqualTo(Date.from(LocalDate.parse("2026-03-21").atStartOfDay(calendar.zone()).toInstant()));

    // The team does not get there: the Monday after, the planned day is long over.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-23T09:00:00Z")));
    execute(job(PLANNED_DATE_PASSED, release));

    assertThat(release).hasPassed(PLANNED_DATE_PASSED).isWaitingAt(SET_NEW_DEPLOYMENT_DATE);
    assertThat(task(SET_NEW_DEPLOYMENT_DATE, release)).hasCandidateGroup("team-" + tool);
    assertThatThrownBy(() -> driver.complete(developer, release, SET_NEW_DEPLOYMENT_DATE,
        Map.of(Vars.PLANNED_DATE, "2026-03-27"))).as("a week's notice at a meeting still to come, as for the first date")
        .hasMessageContaining("plannedDate").hasMessageContaining("The earliest valid date is 2026-04-14");
    driver.complete(developer, release, SET_NEW_DEPLOYMENT_DATE, Map.of(Vars.PLANNED_DATE, "2026-04-14"));
    driver.runJobs(release, INFORM_OMB_OF_NEW_DATE);

    JournalEntry toOmb = driver.journal(release.getId(), "mail").stream().reduce((first, last) -> last).orElseThrow();
    assertThat(driver.recipients(toOmb)).containsExactly("omb@egi.eu");
    assertThat(driver.request(toOmb).path("text").asText()).contains("version 1.5.0, for 2026-04-14")
        .contains("2026-04-07").contains("not deployed on its planned date, 2026-03-20");
    ReleaseRecord record = records.get(release.getBusinessKey());
    assertThat(record.plannedDate()).isEqualTo(LocalDate.parse("2026-04-14"));
    assertThat(calendar.dateOf(record.ombMeetingAt())).isEqualTo(LocalDate.parse("2026-04-07"));
    assertThat(record.ombInformedDate()).isEqualTo(LocalDate.parse("2026-04-14"));
    assertThat(ombReleases.presentedAt(LocalDate.parse("2026-04-07"))).as("the next agenda lists it")
        .anySatisfy(r -> assertThat(r.toolKey() + " " + r.version()).isEqualTo(tool + " 1.5.0"));
    assertThat(ombReleases.presentedAt(LocalDate.parse("2026-03-03")))
        .noneSatisfy(r -> assertThat(r.toolKey()).isEqualTo(tool));
    assertThat(release).isWaitingAt(PLANNED_DATE_REACHED);
    assertThat(job(PLANNED_DATE_REACHED, release).getDuedate())
        .isEqualTo(Date.from(LocalDate.parse("2026-04-14").atStartOfDay(calendar.zone()).toInstant()));

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-14T08:00:00Z")));
    driver.runJobs(release, PLANNED_DATE_REACHED);
    deployAndReview(developer, release);
    assertThat(release).isEnded().hasPassed(SET_NEW_DEPLOYMENT_DATE, INFORM_OMB_OF_NEW_DATE, END_SUCCEEDED)
        .hasNotPassed(RESCHEDULE);
  }

  private void communicate(String developer, ProcessInstance release) {
    String tool = (String) runtimeService.getVariable(release.getId(), Vars.TOOL_KEY);
    driver.complete(developer, release, WRITE_COMMUNICATION, Map.of(
        Vars.OMB_ITEM, "CSV export, faster search; no action needed from operators",
        Vars.BROADCAST_TEXT, tool + " 1.4.0 brings CSV export and a faster search."));
  }

  private void develop(String developer, ProcessInstance release, String tag, String... changeKeys) {
    driver.complete(developer, release, DEVELOP, Map.of(Vars.CHANGE_KEYS, JsonList.of(List.of(changeKeys)),
        Vars.RELEASE_TAG, tag));
  }

  private void writeNotes(String developer, ProcessInstance release) {
    String tool = (String) runtimeService.getVariable(release.getId(), Vars.TOOL_KEY);
    Map<String, Object> notes = new HashMap<>();
    notes.put(Vars.CHANGELOG, "Export to CSV and faster search");
    notes.put(Vars.INSTALLATION_STEPS, "yum update " + tool + "; restart the service");
    notes.put(Vars.KNOWN_ISSUES, "");
    notes.put(Vars.DOCUMENTATION_LINKS, "https://docs.example.org/" + tool);
    notes.put(Vars.TEST_PLAN, "Log in, search, export a report, log out");
    notes.put(Vars.CONFORMANCE_INFO, "Meets the UMD quality criteria");
    driver.complete(developer, release, WRITE_NOTES, notes);
  }

  /** A minor release planned for 2026-03-20 that contains the change. */
  private ProcessInstance minorReleaseOf(String developer, String tool, String version, ProcessInstance change) {
    Map<String, Object> plan = ReleaseDriver.plan(tool, version, "minor", "2026-03-20");
    plan.put(Vars.CHANGE_KEYS, JsonList.of(List.of(change.getBusinessKey())));
    return driver.plan(developer, plan);
  }

  /** The first iteration, up to a person saying the tag is not there. */
  private void tagNotConfirmed(String developer, ProcessInstance release, String tag, ProcessInstance change,
      String comment) {
    driver.runJobs(release, INFORM_OMB);
    communicate(developer, release);
    develop(developer, release, tag, change.getBusinessKey());
    driver.complete(developer, release, CONFIRM_TAG, Map.of(Vars.TAG_CONFIRMED, "no", Vars.TAG_COMMENT, comment));
  }

  /** After a failure: the next iteration, tagged on a GitLab forge and confirmed by hand, tested, up to deployment. */
  private void againUntilDeployment(String developer, String operator, ProcessInstance release, String tool,
      String tag, String changeKey) {
    driver.runJobs(release, INFORM_OMB);
    communicate(developer, release);
    develop(developer, release, tag, changeKey);
    driver.complete(developer, release, CONFIRM_TAG, Map.of(Vars.TAG_CONFIRMED, "yes",
        Vars.TAG_URL, "https://gitlab.example.org/egi/" + tool + "/-/tags/" + tag));
    distributeAndAnnounce(developer, release);
    driver.complete(developer, release, TEAM_TEST, testResult("teamTest", "pass"));
    driver.complete(operator, release, REVIEW_DOCUMENTATION, Map.of(Vars.DOCUMENTATION_RESULT, "up-to-date"));
    driver.runJobs(release, PLANNED_DATE_REACHED);
  }

  private void distributeAndAnnounce(String developer, ProcessInstance release) {
    driver.complete(developer, release, RECORD_DISTRIBUTION, Map.of(Vars.DISTRIBUTION_CHANNEL, "source-tarball",
        Vars.DISTRIBUTION_URL, "https://gitlab.example.org/egi/archive.tar.gz"));
    writeNotes(developer, release);
    driver.runJobs(release, SEND_ANNOUNCEMENT);
  }

  /** One cycle of a tool on GitHub up to the tests: the OMB told, the slide written, built, announced. */
  private void buildAndAnnounce(String developer, ProcessInstance release, String tag, String... changeKeys) {
    driver.runJobs(release, INFORM_OMB);
    communicate(developer, release);
    develop(developer, release, tag, changeKeys);
    driver.runJobs(release, CHECK_TAG);
    distributeAndAnnounce(developer, release);
  }

  private void deployAndReview(String developer, ProcessInstance release) {
    driver.complete(developer, release, DEPLOY, Map.of(Vars.DEPLOYMENT_RESULT, "success"));
    assertThat(records.get(release.getBusinessKey()).status()).isEqualTo(ReleaseStatus.DEPLOYED);
    driver.complete(developer, release, REVIEW, Map.of(Vars.REVIEW_OUTCOME, "success",
        Vars.REVIEW_ANALYSIS, "Running for a week without incidents"));
    driver.runJobs(release, RESOLVE_CHANGES);
  }

  private static Map<String, Object> testResult(String prefix, String result) {
    return Map.of(prefix + "Result", result, prefix + "ReportUrl", "https://ci.example.org/" + prefix);
  }

  private static Map<String, Object> failed(String prefix, String what) {
    return Map.of(prefix + "Result", "fail", prefix + "ReportUrl", "https://ci.example.org/" + prefix,
        prefix + "Summary", what);
  }
}
