package org.toolflow.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.toolflow.change.ChangeRequestProcess.Elements.ADVISE;
import static org.toolflow.change.ChangeRequestProcess.Elements.APPROVE_OMB;
import static org.toolflow.change.ChangeRequestProcess.Elements.APPROVE_PRODUCT_TEAMS;
import static org.toolflow.change.ChangeRequestProcess.Elements.ASSESS;
import static org.toolflow.change.ChangeRequestProcess.Elements.CHECK_STANDARD_LIST;
import static org.toolflow.change.ChangeRequestProcess.Elements.CLASSIFY;
import static org.toolflow.change.ChangeRequestProcess.Elements.COMMENT_OTHER_CUSTOMER;
import static org.toolflow.change.ChangeRequestProcess.Elements.CREATE_RT_TICKET;
import static org.toolflow.change.ChangeRequestProcess.Elements.END_CLOSED;
import static org.toolflow.change.ChangeRequestProcess.Elements.END_REJECTED;
import static org.toolflow.change.ChangeRequestProcess.Elements.MAIL_ACCEPTANCE;
import static org.toolflow.change.ChangeRequestProcess.Elements.MAIL_EGI_OPERATIONS;
import static org.toolflow.change.ChangeRequestProcess.Elements.MAIL_NEGATIVE_REVIEW;
import static org.toolflow.change.ChangeRequestProcess.Elements.MAIL_REJECTION;
import static org.toolflow.change.ChangeRequestProcess.Elements.MAIL_REVIEW_REMINDER;
import static org.toolflow.change.ChangeRequestProcess.Elements.MAIL_REVIEW_REQUEST;
import static org.toolflow.change.ChangeRequestProcess.Elements.POST_REVIEW_EMERGENCY;
import static org.toolflow.change.ChangeRequestProcess.Elements.RELEASE_OUTCOME;
import static org.toolflow.change.ChangeRequestProcess.Elements.REVIEW_IMPLEMENTATION;
import static org.toolflow.change.ChangeRequestProcess.Elements.REVIEW_REMINDER_DUE;
import static org.toolflow.change.ChangeRequestProcess.Elements.REVIEW_WEEK_OVER;
import static org.toolflow.change.ChangeRequestProcess.Elements.SET_ACCEPTED;
import static org.toolflow.change.ChangeRequestProcess.Elements.SET_IN_PROGRESS;
import static org.toolflow.change.ChangeRequestProcess.Elements.SET_REJECTED;
import static org.toolflow.change.ChangeRequestProcess.Elements.SET_RESOLVED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.TestClock;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.change.ChangeRequestProcess.Vars;
import org.toolflow.integration.journal.JournalEntry;

/** The change request process, path by path, as the diagram reads. */
@ToolFlowSpringTest
class ChangeRequestProcessTest extends ChangeTestCase {

  @Autowired
  ManagementService managementService;
  @Autowired
  ChangeReleases releases;
  @Autowired
  ChangeAgenda agenda;

  @Test
  void aStandardChangeOfTheToolNeedsNoApproval() {
    String tool = fixtures.activeTool(false);
    fixtures.standardChanges(tool, "renew-certificate");
    String requester = requester(tool);

    ProcessInstance change = support.file(requester, request(tool, "standard", Map.of(Vars.STANDARD_CHANGE,
        "renew-certificate")));

    assertThat(change).hasPassed(CHECK_STANDARD_LIST, CLASSIFY).isWaitingAt(CREATE_RT_TICKET);
    assertThat(change).variables().containsEntry(Vars.ON_STANDARD_LIST, true)
        .containsEntry(Vars.CHANGE_CLASS, "standard").containsEntry(Vars.PRIORITY, 2)
        .containsEntry(Vars.STATUS, "NEW").containsEntry(Vars.REQUESTER, requester);
    assertThat(change.getBusinessKey()).startsWith("CHG-");

    runJobs(change, CREATE_RT_TICKET, SET_ACCEPTED, MAIL_ACCEPTANCE, SET_IN_PROGRESS);
    assertThat(change).isWaitingAt(RELEASE_OUTCOME);
    assertThat(records.get(change.getBusinessKey()).status()).isEqualTo(ChangeStatus.IN_PROGRESS);

    releaseAndReview(change, "yes", "yes");

    assertThat(change).isEnded().hasPassed(END_CLOSED).hasNotPassed(ASSESS, APPROVE_PRODUCT_TEAMS, APPROVE_OMB,
        POST_REVIEW_EMERGENCY, MAIL_NEGATIVE_REVIEW, MAIL_EGI_OPERATIONS);
    assertThat(support.rtStatuses(change.getId())).containsExactly("new", "accepted", "open", "resolved");
    assertThat(records.history(change.getBusinessKey())).extracting(ChangeStatusChange::status).containsExactly(
        ChangeStatus.NEW, ChangeStatus.ACCEPTED, ChangeStatus.IN_PROGRESS, ChangeStatus.RESOLVED);
    assertThat(support.mailTemplates(change.getId())).containsExactly("change-accepted", "change-review-request");
    ChangeRecord record = records.get(change.getBusinessKey());
    assertThat(record.releaseReference()).isEqualTo("release 1.2.3");
    assertThat(record.rtTicketId()).startsWith("dry-run-");
  }

  @Test
  void anEmergencyIsImplementedAtOnceThenPostReviewedByTheOmb() {
    String tool = fixtures.activeTool(true);
    String requester = requester(tool);
    String ombMember = fixtures.user("omb-member", "omb");

    ProcessInstance change = support.file(requester, request(tool, "emergency",
        Map.of(Vars.SECURITY_VULNERABILITY, true)));

    assertThat(change).variables().containsEntry(Vars.CHANGE_CLASS, "emergency").containsEntry(Vars.PRIORITY, 4);
    runJobs(change, CREATE_RT_TICKET, SET_ACCEPTED, MAIL_ACCEPTANCE, SET_IN_PROGRESS);
    assertThat(support.request(support.journal(change.getId(), "rt").get(0)).path("Priority").asInt()).isEqualTo(4);
    releases.releaseDeployed(change.getBusinessKey(), "emergency release 1.2.4");
    runJobs(change, SET_RESOLVED, MAIL_REVIEW_REQUEST);

    assertThat(change).isWaitingAt(POST_REVIEW_EMERGENCY, REVIEW_IMPLEMENTATION);
    Task postReview = task(POST_REVIEW_EMERGENCY, change);
    assertThat(postReview).hasCandidateGroup("omb");
    assertThat(agenda.awaitingPostReview()).extracting(ChangeRecord::key).contains(change.getBusinessKey());
    support.complete(ombMember, postReview, Map.of(Vars.POST_REVIEW_OUTCOME, "justified"));
    support.complete(requester, task(REVIEW_IMPLEMENTATION, change), answers("yes", "yes"));

    assertThat(change).isEnded().hasPassed(POST_REVIEW_EMERGENCY, END_CLOSED).hasNotPassed(ASSESS, APPROVE_OMB);
    assertThat(agenda.awaitingPostReview()).extracting(ChangeRecord::key).doesNotContain(change.getBusinessKey());
    assertThat(support.rtStatuses(change.getId())).containsExactly("new", "accepted", "open", "resolved");
  }

  @Test
  void aNormalChangeOfAnotherCustomerIsAssessedAdvisedByTheOtagAndApproved() {
    String tool = fixtures.activeTool(true);
    String requester = requester(tool);
    String assessor = fixtures.user("assessor", "team-" + tool);
    String approver = fixtures.user("approver", "team-" + tool);
    String adviser = fixtures.user("adviser", "otag-" + tool);
    String ombMember = fixtures.user("omb-member", "omb");
    LocalDate intended = TestClock.today().plusDays(30);

    ProcessInstance change = support.file(requester, request(tool, "normal", Map.of(Vars.CUSTOMER, "PRACE")));
    runJobs(change, CREATE_RT_TICKET, MAIL_EGI_OPERATIONS, COMMENT_OTHER_CUSTOMER);

    assertThat(change).isWaitingAt(ASSESS);
    assertThat(task(ASSESS, change)).hasCandidateGroup("team-" + tool);
    support.complete(assessor, task(ASSESS, change), assessment(3, intended));
    assertThat(change).isWaitingAt(ADVISE);
    assertThat(task(ADVISE, change)).hasCandidateGroup("otag-" + tool);
    // The OTAG's member finds the task in Tasklist, with the engine's authorization checks on.
    assertThat(support.as(adviser, () -> taskService.createTaskQuery().processInstanceId(change.getId())
        .taskDefinitionKey(ADVISE).count())).isOne();
    support.complete(adviser, task(ADVISE, change), Map.of(Vars.OTAG_ADVICE, "support"));
    assertThat(task(APPROVE_PRODUCT_TEAMS, change)).hasCandidateGroup("team-" + tool);
    support.complete(approver, task(APPROVE_PRODUCT_TEAMS, change), Map.of(Vars.PRODUCT_TEAMS_DECISION, "approve"));
    assertThat(task(APPROVE_OMB, change)).hasCandidateGroup("omb");
    assertThat(agenda.awaitingOmbApproval()).extracting(ChangeRecord::key).contains(change.getBusinessKey());
    support.complete(ombMember, task(APPROVE_OMB, change), Map.of(Vars.OMB_DECISION, "approve"));
    runJobs(change, SET_ACCEPTED, MAIL_ACCEPTANCE, SET_IN_PROGRESS);

    assertThat(records.schedule()).filteredOn(c -> c.key().equals(change.getBusinessKey())).singleElement()
        .satisfies(c -> {
          assertThat(c.intendedDeploymentDate()).isEqualTo(intended);
          assertThat(c.priority()).isEqualTo(3);
          assertThat(c.status()).isEqualTo(ChangeStatus.IN_PROGRESS);
        });
    releaseAndReview(change, "yes", "no");
    runJobs(change, MAIL_NEGATIVE_REVIEW);

    assertThat(change).isEnded().hasPassed(ADVISE, APPROVE_OMB, MAIL_NEGATIVE_REVIEW, END_CLOSED)
        .hasNotPassed(POST_REVIEW_EMERGENCY);
    List<JournalEntry> mails = support.journal(change.getId(), "mail");
    assertThat(mails).extracting(m -> support.field(m, "template")).containsExactly("change-other-customer",
        "change-accepted", "change-review-request", "change-negative-review");
    assertThat(support.request(mails.get(0)).path("to").get(0).asText()).isEqualTo("operations@egi.eu");
    assertThat(support.request(mails.get(3)).path("to").get(0).asText()).isEqualTo(tool + "-support@example.org");
    assertThat(support.field(mails.get(3), "text")).contains("Is the tool working as expected?                no")
        .contains("The search page times out");
    assertThat(support.journal(change.getId(), "rt")).filteredOn(e -> e.operation().equals("comment")).singleElement()
        .satisfies(e -> assertThat(support.field(e, "Content")).contains("PRACE").contains("EGI Operations"));
    assertThat(support.rtStatuses(change.getId())).containsExactly("new", "accepted", "open", "resolved");
  }

  @Test
  void aNormalChangeWithoutOtagRejectedByTheOmbIsToldToTheRequesterWithTheReason() {
    String tool = fixtures.activeTool(false);
    String requester = requester(tool);
    String assessor = fixtures.user("assessor", "team-" + tool);
    String ombMember = fixtures.user("omb-member", "omb");

    ProcessInstance change = support.file(requester, request(tool, "normal", Map.of()));
    runJobs(change, CREATE_RT_TICKET);
    support.complete(assessor, task(ASSESS, change), assessment(1, TestClock.today().plusDays(60)));
    assertThat(change).isWaitingAt(APPROVE_PRODUCT_TEAMS);
    support.complete(assessor, task(APPROVE_PRODUCT_TEAMS, change), Map.of(Vars.PRODUCT_TEAMS_DECISION, "approve"));
    support.complete(ombMember, task(APPROVE_OMB, change), Map.of(Vars.OMB_DECISION, "reject",
        Vars.REJECTION_REASON, "Duplicates the roadmap item planned for next year"));
    runJobs(change, SET_REJECTED, MAIL_REJECTION);

    assertThat(change).isEnded().hasPassed(END_REJECTED).hasNotPassed(ADVISE, SET_ACCEPTED, MAIL_EGI_OPERATIONS);
    ChangeRecord record = records.get(change.getBusinessKey());
    assertThat(record.status()).isEqualTo(ChangeStatus.REJECTED);
    assertThat(record.decisionReason()).isEqualTo("Duplicates the roadmap item planned for next year");
    assertThat(support.rtStatuses(change.getId())).containsExactly("new", "rejected");
    JournalEntry mail = support.journal(change.getId(), "mail").get(0);
    assertThat(support.field(mail, "template")).isEqualTo("change-rejected");
    assertThat(support.request(mail).path("to").get(0).asText()).isEqualTo(requester + "@example.org");
    assertThat(support.field(mail, "text")).contains("Duplicates the roadmap item planned for next year");
  }

  @Test
  void aChangeRejectedAmongTheProductTeamsNeverReachesTheOmb() {
    String tool = fixtures.activeTool(false);
    String requester = requester(tool);
    String teamMember = fixtures.user("team-member", "team-" + tool);

    ProcessInstance change = support.file(requester, request(tool, "normal", Map.of()));
    runJobs(change, CREATE_RT_TICKET);
    support.complete(teamMember, task(ASSESS, change), assessment(2, TestClock.today().plusDays(10)));
    support.complete(teamMember, task(APPROVE_PRODUCT_TEAMS, change), Map.of(Vars.PRODUCT_TEAMS_DECISION, "reject",
        Vars.REJECTION_REASON, "Out of scope for this tool"));
    runJobs(change, SET_REJECTED, MAIL_REJECTION);

    assertThat(change).isEnded().hasPassed(END_REJECTED).hasNotPassed(APPROVE_OMB);
    assertThat(records.get(change.getBusinessKey()).decisionReason()).isEqualTo("Out of scope for this tool");
  }

  @Test
  void withoutAnswersTheCustomerIsRemindedAndTheWeekEnds() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T09:00:00Z")));
    String tool = fixtures.activeTool(false);
    fixtures.standardChanges(tool, "bump-version");
    String requester = requester(tool);
    ProcessInstance change = support.file(requester, request(tool, "standard",
        Map.of(Vars.STANDARD_CHANGE, "bump-version")));
    runJobs(change, CREATE_RT_TICKET, SET_ACCEPTED, MAIL_ACCEPTANCE, SET_IN_PROGRESS);
    releases.releaseDeployed(change.getBusinessKey(), "release 2.0.0");
    runJobs(change, SET_RESOLVED, MAIL_REVIEW_REQUEST);

    Job reminder = job(REVIEW_REMINDER_DUE, change);
    Job weekOver = job(REVIEW_WEEK_OVER, change);
    assertThat(reminder.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-03-07T09:00:00Z"));
    assertThat(weekOver.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
    execute(reminder);
    runJobs(change, MAIL_REVIEW_REMINDER);
    assertThat(change).isWaitingAt(REVIEW_IMPLEMENTATION);
    execute(weekOver);

    assertThat(change).isEnded().hasPassed(MAIL_REVIEW_REMINDER, REVIEW_WEEK_OVER, END_CLOSED)
        .hasNotPassed(MAIL_NEGATIVE_REVIEW);
    assertThat(support.mailTemplates(change.getId())).containsExactly("change-accepted", "change-review-request",
        "change-review-reminder");
  }

  @Test
  void onHoldNothingMovesAndResumingRestoresTheStatus() {
    String tool = fixtures.activeTool(false);
    String requester = requester(tool);
    String assessor = fixtures.user("assessor", "team-" + tool);
    ProcessInstance change = support.file(requester, request(tool, "normal", Map.of()));
    runJobs(change, CREATE_RT_TICKET);
    Task assessment = task(ASSESS, change);

    ProcessInstance hold = support.holdOrResume(requester, change.getBusinessKey(), "hold", "Waiting for the new API");

    assertThat(records.get(change.getBusinessKey()).status()).isEqualTo(ChangeStatus.STALLED);
    assertThat(runtimeService.getVariable(change.getId(), Vars.STATUS)).isEqualTo("STALLED");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(change.getId()).singleResult()
        .isSuspended()).isTrue();
    assertThatThrownBy(() -> support.complete(assessor, assessment, assessment(2, TestClock.today().plusDays(5))))
        .hasMessageContaining("suspended");
    assertThat(hold).isWaitingAt(ChangeHoldProcess.Elements.MIRROR_TO_RT);
    execute(job(hold));
    assertThat(hold).isEnded().hasPassed(ChangeHoldProcess.Elements.HOLD);

    ProcessInstance resume = support.holdOrResume(assessor, change.getBusinessKey(), "resume", null);
    execute(job(resume));

    assertThat(resume).isEnded().hasPassed(ChangeHoldProcess.Elements.RESUME);
    assertThat(records.get(change.getBusinessKey()).status()).isEqualTo(ChangeStatus.NEW);
    assertThat(runtimeService.getVariable(change.getId(), Vars.STATUS)).isEqualTo("NEW");
    assertThat(support.rtStatuses(change.getId(), hold.getId(), resume.getId())).containsExactly("new", "stalled", "new");
    support.complete(assessor, assessment, assessment(2, TestClock.today().plusDays(5)));
    assertThat(change).isWaitingAt(APPROVE_PRODUCT_TEAMS);
  }

  @Test
  void onHoldDuringTheReviewWeekNoTimerIsDue() {
    String tool = fixtures.activeTool(false);
    fixtures.standardChanges(tool, "rotate-logs");
    String requester = requester(tool);
    String operator = fixtures.user("operator", "egi-operations");
    ProcessInstance change = support.file(requester, request(tool, "standard", Map.of(Vars.STANDARD_CHANGE,
        "rotate-logs")));
    runJobs(change, CREATE_RT_TICKET, SET_ACCEPTED, MAIL_ACCEPTANCE, SET_IN_PROGRESS);
    releases.releaseDeployed(change.getBusinessKey(), "release 3.1");
    runJobs(change, SET_RESOLVED, MAIL_REVIEW_REQUEST);

    support.holdOrResume(operator, change.getBusinessKey(), "hold", "Customer on holiday");

    assertThat(managementService.createJobQuery().processInstanceId(change.getId()).timers().active().count()).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(change.getId()).timers().suspended().count())
        .isEqualTo(2);
    assertThatThrownBy(() -> support.complete(requester, task(REVIEW_IMPLEMENTATION, change), answers("yes", "yes")))
        .hasMessageContaining("suspended");

    support.holdOrResume(operator, change.getBusinessKey(), "resume", "Back");

    assertThat(managementService.createJobQuery().processInstanceId(change.getId()).timers().active().count())
        .isEqualTo(2);
    assertThat(records.get(change.getBusinessKey()).status()).isEqualTo(ChangeStatus.RESOLVED);
  }

  @Test
  void holdIsRefusedToStrangersAndForAChangeAlreadyOnHold() {
    String tool = fixtures.activeTool(false);
    String requester = requester(tool);
    String stranger = fixtures.user("stranger");
    ProcessInstance change = support.file(requester, request(tool, "normal", Map.of()));

    assertThatThrownBy(() -> support.holdOrResume(stranger, change.getBusinessKey(), "hold", "Mine now"))
        .hasMessageContaining("may not put " + change.getBusinessKey() + " on hold");
    assertThatThrownBy(() -> support.holdOrResume(requester, change.getBusinessKey(), "resume", null))
        .hasMessageContaining("is not on hold");
    support.holdOrResume(requester, change.getBusinessKey(), "hold", "Later");
    assertThatThrownBy(() -> support.holdOrResume(requester, change.getBusinessKey(), "hold", "Again"))
        .hasMessageContaining("cannot be put on hold: it is Stalled");
    assertThatThrownBy(() -> releases.releaseDeployed(change.getBusinessKey(), "r"))
        .hasMessageContaining("on hold");
  }

  @Test
  void theRequesterCanNeitherTakeNorCompleteAnApprovalOfTheirOwnChange() {
    String tool = fixtures.activeTool(false);
    String requester = fixtures.user("requester", "team-" + tool, "omb");
    String colleague = fixtures.user("colleague", "team-" + tool);
    String ombMember = fixtures.user("omb-member", "omb");
    ProcessInstance change = support.file(requester, request(tool, "normal", Map.of()));
    runJobs(change, CREATE_RT_TICKET);
    support.complete(requester, task(ASSESS, change), assessment(2, TestClock.today().plusDays(20)));
    Task approval = task(APPROVE_PRODUCT_TEAMS, change);

    assertThatThrownBy(() -> support.as(requester, () -> taskService.claim(approval.getId(), requester)))
        .hasMessageContaining("Segregation of duties").hasMessageContaining(change.getBusinessKey());
    assertThatThrownBy(() -> support.complete(requester, approval, Map.of(Vars.PRODUCT_TEAMS_DECISION, "approve")))
        .hasMessageContaining("Segregation of duties");
    assertThatThrownBy(() -> taskService.setAssignee(approval.getId(), requester))
        .hasMessageContaining("Segregation of duties");
    assertThat(task(APPROVE_PRODUCT_TEAMS, change).getAssignee()).isNull();
    assertThat(change).isWaitingAt(APPROVE_PRODUCT_TEAMS);

    support.complete(colleague, approval, Map.of(Vars.PRODUCT_TEAMS_DECISION, "approve",
        Vars.REQUESTER, colleague));
    assertThat(change).variables().containsEntry(Vars.REQUESTER, requester);
    assertThatThrownBy(() -> support.complete(requester, task(APPROVE_OMB, change), Map.of(Vars.OMB_DECISION,
        "approve"))).hasMessageContaining("Segregation of duties");
    support.complete(ombMember, task(APPROVE_OMB, change), Map.of(Vars.OMB_DECISION, "approve"));
    assertThat(change).isWaitingAt(SET_ACCEPTED);
  }

  @Test
  void aTaskFormWithBadValuesIsRefusedAndNothingMoves() {
    String tool = fixtures.activeTool(false);
    String requester = requester(tool);
    String assessor = fixtures.user("assessor", "team-" + tool);
    ProcessInstance change = support.file(requester, request(tool, "normal", Map.of()));
    runJobs(change, CREATE_RT_TICKET);
    Map<String, Object> bad = new HashMap<>(assessment(7, TestClock.today().minusDays(1)));
    bad.put(Vars.IMPACT, "enormous");

    assertThatThrownBy(() -> support.complete(assessor, task(ASSESS, change), bad))
        .hasMessageContaining("priority: must be a whole number from 0 to 4")
        .hasMessageContaining("impact: must be one of low, medium, high (got 'enormous')")
        .hasMessageContaining("intendedDeploymentDate: must not be in the past");
    assertThat(change).isWaitingAt(ASSESS);
    assertThat(runtimeService.getVariable(change.getId(), Vars.IMPACT)).isNull();
  }

  // --- helpers -------------------------------------------------------------------------------------------------

  private String requester(String tool) {
    return fixtures.user("requester", "team-" + tool);
  }

  static Map<String, Object> request(String tool, String requestedType, Map<String, Object> more) {
    Map<String, Object> request = new HashMap<>();
    request.put(Vars.TOOL_KEY, tool);
    request.put(Vars.TITLE, "Faster search");
    request.put(Vars.DESCRIPTION, "Index the catalogue so that searching takes less than a second.");
    request.put(Vars.REQUESTED_TYPE, requestedType);
    request.putAll(more);
    return request;
  }

  static Map<String, Object> assessment(int priority, LocalDate intended) {
    return Map.of(Vars.EFFORT, "days", Vars.IMPACT, "medium", Vars.RISK, "low", Vars.PRIORITY, priority,
        Vars.INTENDED_DEPLOYMENT_DATE, intended.toString(), Vars.ASSESSMENT_COMMENT, "Two days of work");
  }

  static Map<String, Object> answers(String documentation, String working) {
    Map<String, Object> answers = new HashMap<>();
    answers.put(Vars.DOCUMENTATION_SUFFICIENT, documentation);
    answers.put(Vars.TOOL_WORKING, working);
    if ("no".equals(documentation) || "no".equals(working)) {
      answers.put(Vars.REVIEW_COMMENT, "The search page times out");
    }
    return answers;
  }

  private void releaseAndReview(ProcessInstance change, String documentation, String working) {
    releases.releaseDeployed(change.getBusinessKey(), "release 1.2.3");
    runJobs(change, SET_RESOLVED, MAIL_REVIEW_REQUEST);
    assertThat(change).isWaitingAt(REVIEW_IMPLEMENTATION);
    Task review = task(REVIEW_IMPLEMENTATION, change);
    assertThat(review).isAssignedTo(records.get(change.getBusinessKey()).requester());
    support.complete(review.getAssignee(), review, answers(documentation, working));
  }
}
