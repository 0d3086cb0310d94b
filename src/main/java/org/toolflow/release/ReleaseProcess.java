package org.toolflow.release;

import java.util.List;
import org.toolflow.system.process.SharedVariables;

/**
 * The names the release process, its forms, its rules, its Java code and its tests share: process and decision
 * keys, element ids and variable names. Form field keys equal the variable names.
 */
public final class ReleaseProcess {

  public static final String PROCESS_KEY = "release";
  public static final String PLAN_RULES = "release-plan-rules";
  public static final String ROLLBACK_RULE = "release-rollback-rule";

  private ReleaseProcess() {
  }

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_ReleasePlanned";
    public static final String APPLY_PLAN_RULES = "Task_ApplyPlanRules";
    public static final String CHECK_PLAN = "Task_CheckPlan";
    public static final String RESCHEDULE = "Task_ReschedulePlan";
    public static final String INFORM_OMB = "Task_InformOmb";
    public static final String WRITE_COMMUNICATION = "Task_WriteCommunication";
    public static final String BUILD = "SubProcess_Build";
    public static final String BUILD_FAILED = "Event_BuildFailed";
    public static final String DEVELOP = "Task_DevelopRelease";
    public static final String CHECK_TAG = "Task_CheckTag";
    public static final String CONFIRM_TAG = "Task_ConfirmTag";
    public static final String PACKAGE = "Task_PackageRelease";
    public static final String RECORD_DISTRIBUTION = "Task_RecordDistribution";
    public static final String TEST = "SubProcess_Test";
    public static final String TEST_FAILED = "Event_TestFailed";
    public static final String WRITE_NOTES = "Task_WriteReleaseNotes";
    public static final String SEND_ANNOUNCEMENT = "Task_SendAnnouncement";
    public static final String TEAM_TEST = "Task_TestRelease";
    public static final String OTAG_TEST = "Task_OtagTest";
    public static final String COLLECT_TEST_RESULTS = "Task_CollectTestResults";
    public static final String ACCEPTANCE_TEST = "Task_AcceptanceTest";
    public static final String REVIEW_DOCUMENTATION = "Task_ReviewDocumentation";
    public static final String DEPLOYMENT = "SubProcess_Deploy";
    public static final String DEPLOYMENT_FAILED = "Event_DeploymentFailed";
    public static final String DECIDE_ROLLBACK = "Task_DecideRollback";
    public static final String WRITE_ROLLBACK_STEPS = "Task_WriteRollbackSteps";
    public static final String PLANNED_DATE_REACHED = "Event_PlannedDateReached";
    public static final String DEPLOY = "Task_DeployRelease";
    public static final String PLANNED_DATE_PASSED = "Event_PlannedDatePassed";
    public static final String SET_NEW_DEPLOYMENT_DATE = "Task_SetNewDeploymentDate";
    public static final String INFORM_OMB_OF_NEW_DATE = "Task_InformOmbOfNewDate";
    public static final String RUN_ROLLBACK = "Task_RunRollback";
    public static final String RECORD_FAILURE = "Task_RecordFailure";
    public static final String MAIL_FAILURE_REPORT = "Task_MailFailureReport";
    public static final String REVIEW = "Task_ReviewRelease";
    public static final String RESOLVE_CHANGES = "Task_ResolveChanges";
    public static final String POST_REVIEW = "Task_PostReviewRelease";
    public static final String END_SUCCEEDED = "EndEvent_ReleaseSucceeded";
    public static final String RETURN_CHANGES = "Task_ReturnChangesToAccepted";
    public static final String MAIL_REVIEW_FAILURE = "Task_MailReviewFailure";
    // the steps that write what a task's form said to the release record, each right after its task
    public static final String RECORD_PLANNED_DATE = "Task_RecordPlannedDate";
    public static final String RECORD_COMMUNICATION = "Task_RecordCommunication";
    public static final String RECORD_SCOPE = "Task_RecordScope";
    public static final String RECORD_TAG_CONFIRMATION = "Task_RecordTagConfirmation";
    public static final String RECORD_PACKAGES = "Task_RecordPackages";
    public static final String RECORD_DISTRIBUTION_CHANNEL = "Task_RecordDistributionChannel";
    public static final String RECORD_RELEASE_NOTES = "Task_RecordReleaseNotes";
    public static final String RECORD_TEAM_TEST = "Task_RecordTeamTest";
    public static final String RECORD_OTAG_TEST = "Task_RecordOtagTest";
    public static final String RECORD_ACCEPTANCE_TEST = "Task_RecordAcceptanceTest";
    public static final String RECORD_DOCUMENTATION_REVIEW = "Task_RecordDocumentationReview";
    public static final String RECORD_ROLLBACK_STEPS = "Task_RecordRollbackSteps";
    public static final String RECORD_DEPLOYMENT = "Task_RecordDeployment";
    public static final String RECORD_NEW_DEPLOYMENT_DATE = "Task_RecordNewDeploymentDate";
    public static final String RECORD_ROLLBACK = "Task_RecordRollback";
    public static final String RECORD_REVIEW = "Task_RecordReview";
    public static final String RECORD_POST_REVIEW = "Task_RecordPostReview";
    public static final String END_FAILED = "EndEvent_ReleaseFailed";

    private Elements() {
    }
  }

  /** Process variables; the start form and the task forms use the same keys. */
  public static final class Vars {
    // start
    public static final String TOOL_KEY = SharedVariables.TOOL_KEY;
    public static final String VERSION = "version";
    public static final String CHANGE_KEYS = "changeKeys";
    public static final String KIND = "kind";
    public static final String PLANNED_DATE = "plannedDate";
    public static final String UMD_DISTRIBUTION = "umdDistribution";
    public static final String HIGH_IMPACT = "highImpact";
    public static final String HIGH_RISK = "highRisk";
    public static final String REQUESTER = SharedVariables.REQUESTER;
    // derived from the record, the registry and the rules
    public static final String RELEASE_KEY = "releaseKey";
    public static final String TOOL_NAME = SharedVariables.TOOL_NAME;
    public static final String TOOL_HAS_OTAG = "toolHasOtag";
    public static final String OTAG_GROUP = "otagGroup";
    public static final String EMERGENCY_RELEASE = "emergencyRelease";
    public static final String ITERATION = "iteration";
    public static final String OMB_NOTICE_DAYS = "ombNoticeDays";
    public static final String OMB_MEETING_RULE = "ombMeetingRule";
    public static final String ACCEPTANCE_TESTS_REQUIRED = "acceptanceTestsRequired";
    public static final String ROLLBACK_REQUIRED = "rollbackRequired";
    public static final String PLAN_HOLDS = "planHolds";
    public static final String PLAN_MESSAGE = "planMessage";
    public static final String EARLIEST_PLANNED_DATE = "earliestPlannedDate";
    public static final String OMB_MEETING_AT = "ombMeetingAt";
    public static final String OMB_MEETING_DATE = "ombMeetingDate";
    public static final String DEPLOYMENT_DUE = "deploymentDue";
    /** The end of the planned day: not deployed by then, the release slipped. */
    public static final String DEPLOYMENT_OVERDUE = "deploymentOverdue";
    public static final String CHANGE_OPTIONS = "changeOptions";
    public static final String SOURCE_ON_GITHUB = "sourceOnGitHub";
    public static final String FORGE_REPOSITORY = "forgeRepository";
    // communicate
    public static final String OMB_ITEM = "ombItem";
    public static final String BROADCAST_TEXT = "broadcastText";
    // build
    public static final String RELEASE_TAG = "releaseTag";
    public static final String DEVELOPMENT_NOTES = "developmentNotes";
    public static final String TAG_CONFIRMED = "tagConfirmed";
    public static final String TAG_URL = "tagUrl";
    public static final String TAG_COMMENT = "tagComment";
    public static final String TAG_FOUND = "tagFound";
    public static final String PACKAGE_FORMATS = "packageFormats";
    public static final String PACKAGES_URL = "packagesUrl";
    public static final String DISTRIBUTION_CHANNEL = "distributionChannel";
    public static final String DISTRIBUTION_URL = "distributionUrl";
    // test
    public static final String CHANGELOG = "changelog";
    public static final String INSTALLATION_STEPS = "installationSteps";
    public static final String KNOWN_ISSUES = "knownIssues";
    public static final String DOCUMENTATION_LINKS = "documentationLinks";
    public static final String TEST_PLAN = "testPlan";
    public static final String CONFORMANCE_INFO = "conformanceInfo";
    public static final String TEAM_TEST_RESULT = "teamTestResult";
    public static final String TEAM_TEST_REPORT_URL = "teamTestReportUrl";
    public static final String TEAM_TEST_SUMMARY = "teamTestSummary";
    public static final String OTAG_TEST_RESULT = "otagTestResult";
    public static final String OTAG_TEST_REPORT_URL = "otagTestReportUrl";
    public static final String OTAG_TEST_SUMMARY = "otagTestSummary";
    public static final String TESTS_PASSED = "testsPassed";
    public static final String ACCEPTANCE_RESULT = "acceptanceResult";
    public static final String ACCEPTANCE_REPORT_URL = "acceptanceReportUrl";
    public static final String ACCEPTANCE_SUMMARY = "acceptanceSummary";
    public static final String ACCEPTANCE_PASSED = "acceptancePassed";
    public static final String DOCUMENTATION_RESULT = "documentationResult";
    public static final String DOCUMENTATION_COMMENT = "documentationComment";
    public static final String DOCUMENTATION_OK = "documentationOk";
    // deploy
    public static final String ROLLBACK_STEPS = "rollbackSteps";
    public static final String DEPLOYMENT_RESULT = "deploymentResult";
    public static final String DEPLOYMENT_NOTES = "deploymentNotes";
    public static final String DEPLOYMENT_SUCCEEDED = "deploymentSucceeded";
    public static final String ROLLBACK_RESULT = "rollbackResult";
    public static final String ROLLBACK_NOTES = "rollbackNotes";
    // failures
    public static final String FAILURE_STAGE = "failureStage";
    public static final String FAILURE_SUMMARY = "failureSummary";
    public static final String FAILURE_LINK = "failureLink";
    public static final String FAILURE_REPORT = "failureReport";
    // review
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    public static final String REVIEW_ANALYSIS = "reviewAnalysis";
    public static final String RELEASE_SUCCEEDED = "releaseSucceeded";
    public static final String OMB_POST_REVIEW_OUTCOME = "ombPostReviewOutcome";
    public static final String OMB_POST_REVIEW_COMMENT = "ombPostReviewComment";

    /** What one cycle decided; cleared when the release goes back to development, so no form shows it again. */
    static final List<String> CYCLE_OUTCOMES = List.of(TAG_CONFIRMED, TAG_COMMENT, TAG_FOUND, TEAM_TEST_RESULT,
        TEAM_TEST_REPORT_URL, TEAM_TEST_SUMMARY, OTAG_TEST_RESULT, OTAG_TEST_REPORT_URL, OTAG_TEST_SUMMARY,
        TESTS_PASSED, ACCEPTANCE_RESULT, ACCEPTANCE_REPORT_URL, ACCEPTANCE_SUMMARY, ACCEPTANCE_PASSED,
        DOCUMENTATION_RESULT, DOCUMENTATION_COMMENT, DOCUMENTATION_OK, DEPLOYMENT_RESULT, DEPLOYMENT_NOTES,
        DEPLOYMENT_SUCCEEDED, ROLLBACK_RESULT, ROLLBACK_NOTES, FAILURE_STAGE, FAILURE_SUMMARY, FAILURE_LINK);

    private Vars() {
    }
  }

  /** Values the forms offer and the rules test. */
  public static final class Values {
    public static final String MAJOR = "major";
    public static final String MINOR = "minor";
    public static final String EMERGENCY = "emergency";
    public static final List<String> KINDS = List.of(MAJOR, MINOR, EMERGENCY);
    public static final String PASS = "pass";
    public static final String FAIL = "fail";
    public static final List<String> TEST_RESULTS = List.of(PASS, FAIL);
    public static final String YES = "yes";
    public static final String NO = "no";
    public static final List<String> YES_NO = List.of(YES, NO);
    public static final List<String> DOCUMENTATION_RESULTS = List.of("up-to-date", "updated", "insufficient");
    public static final String DOCUMENTATION_INSUFFICIENT = "insufficient";
    public static final String SUCCESS = "success";
    public static final String FAILURE = "failure";
    public static final List<String> OUTCOMES = List.of(SUCCESS, FAILURE);
    public static final List<String> ROLLBACK_RESULTS = List.of("completed", "incomplete");
    public static final List<String> POST_REVIEW_OUTCOMES = List.of("justified", "not-justified");
    public static final List<String> PACKAGE_FORMATS = List.of("rpm", "deb");
    public static final String UMD_REPOSITORY = "umd-repository";
    /** Where a release not meant for UMD may be distributed (seed: SVC tarball, AppDB, GitHub). */
    public static final List<String> DISTRIBUTION_CHANNELS = List.of("github-releases", "appdb", "source-tarball",
        "container-registry");
    /** The OMB meeting a release is presented at, as the plan rules name it. */
    public static final String MEETING_BEFORE = "before-release";
    public static final String MEETING_AFTER = "after-release";

    private Values() {
    }
  }
}
