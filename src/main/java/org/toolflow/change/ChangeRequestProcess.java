package org.toolflow.change;

import org.toolflow.system.process.SharedVariables;

/**
 * The names the change request process, its forms, its Java code and its tests share:
 * process key, element ids, message and variable names. Form field keys equal the variable names.
 */
public final class ChangeRequestProcess {

  public static final String PROCESS_KEY = "change-request";
  public static final String DECISION_KEY = "change-classification";

  /** Correlated by the release process, with the change key as business key, once the release is deployed. */
  public static final String MESSAGE_RELEASE_DEPLOYED = "ReleaseDeployed";
  /** Correlated by the release process when the release carrying the change failed its review. */
  public static final String MESSAGE_RELEASE_FAILED = "ReleaseFailed";
  /** Correlated by the tool retirement process to every open change of the retired tool. */
  public static final String MESSAGE_TOOL_RETIRED = "ToolRetired";

  private ChangeRequestProcess() {
  }

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_ChangeRequested";
    public static final String CHECK_STANDARD_LIST = "Task_CheckStandardList";
    public static final String CLASSIFY = "Task_ClassifyChange";
    public static final String CREATE_RT_TICKET = "Task_CreateRtTicket";
    public static final String GATEWAY_CUSTOMER = "Gateway_Customer";
    public static final String MAIL_EGI_OPERATIONS = "Task_MailEgiOperations";
    public static final String COMMENT_OTHER_CUSTOMER = "Task_CommentOtherCustomer";
    public static final String GATEWAY_CHANGE_CLASS = "Gateway_ChangeClass";
    public static final String ASSESS = "Task_AssessChange";
    public static final String GATEWAY_HAS_OTAG = "Gateway_HasOtag";
    public static final String ADVISE = "Task_AdviseOnChange";
    public static final String APPROVE_PRODUCT_TEAMS = "Task_ApproveInProductTeams";
    public static final String APPROVE_OMB = "Task_ApproveByOmb";
    public static final String SET_REJECTED = "Task_SetRejected";
    public static final String MAIL_REJECTION = "Task_MailRejection";
    public static final String END_REJECTED = "EndEvent_ChangeRejected";
    public static final String SET_ACCEPTED = "Task_SetAccepted";
    public static final String MAIL_ACCEPTANCE = "Task_MailAcceptance";
    public static final String SET_IN_PROGRESS = "Task_SetInProgress";
    public static final String AWAIT_RELEASE = "Gateway_AwaitRelease";
    /** Where an accepted change waits: for ReleaseDeployed or ReleaseFailed. */
    public static final String RELEASE_OUTCOME = "Gateway_ReleaseOutcome";
    public static final String RELEASE_DEPLOYED = "Event_ReleaseDeployed";
    public static final String RELEASE_FAILED = "Event_ReleaseFailed";
    public static final String SET_ACCEPTED_AGAIN = "Task_SetAcceptedAgain";
    public static final String SET_RESOLVED = "Task_SetResolved";
    public static final String MAIL_REVIEW_REQUEST = "Task_MailReviewRequest";
    public static final String POST_REVIEW_EMERGENCY = "Task_PostReviewEmergency";
    public static final String REVIEW_IMPLEMENTATION = "Task_ReviewImplementation";
    public static final String REVIEW_REMINDER_DUE = "Event_ReviewReminderDue";
    public static final String MAIL_REVIEW_REMINDER = "Task_MailReviewReminder";
    public static final String REVIEW_WEEK_OVER = "Event_ReviewWeekOver";
    public static final String MAIL_NEGATIVE_REVIEW = "Task_MailNegativeReview";
    public static final String END_CLOSED = "EndEvent_ChangeClosed";
    public static final String TOOL_RETIRED = "StartEvent_ToolRetired";
    public static final String SET_REJECTED_TOOL_RETIRED = "Task_SetRejectedToolRetired";
    public static final String MAIL_REJECTION_TOOL_RETIRED = "Task_MailRejectionToolRetired";
    public static final String END_TOOL_RETIRED = "EndEvent_ChangeWithdrawn";

    private Elements() {
    }
  }

  /** Process variables; the start form and the task forms use the same keys. */
  public static final class Vars {
    // start
    public static final String CHANGE_KEY = "changeKey";
    public static final String REQUESTER = SharedVariables.REQUESTER;
    public static final String TOOL_KEY = SharedVariables.TOOL_KEY;
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String CUSTOMER = "customer";
    public static final String REQUESTED_TYPE = "requestedType";
    public static final String SECURITY_VULNERABILITY = "securityVulnerability";
    public static final String STANDARD_CHANGE = "standardChange";
    public static final String INTENDED_DEPLOYMENT_DATE = "intendedDeploymentDate";
    // derived at the start
    public static final String OTHER_CUSTOMER = "otherCustomer";
    public static final String TOOL_HAS_OTAG = "toolHasOtag";
    public static final String OTAG_GROUP = "otagGroup";
    public static final String STATUS = "status";
    // classification
    public static final String ON_STANDARD_LIST = "onStandardList";
    public static final String CHANGE_CLASS = "changeClass";
    public static final String PRIORITY = "priority";
    public static final String RT_TICKET_ID = "rtTicketId";
    // assessment and approvals
    public static final String EFFORT = "effort";
    public static final String IMPACT = "impact";
    public static final String RISK = "risk";
    public static final String ASSESSMENT_COMMENT = "assessmentComment";
    public static final String OTAG_ADVICE = "otagAdvice";
    public static final String OTAG_COMMENT = "otagComment";
    public static final String PRODUCT_TEAMS_DECISION = "productTeamsDecision";
    public static final String PRODUCT_TEAMS_COMMENT = "productTeamsComment";
    public static final String OMB_DECISION = "ombDecision";
    public static final String OMB_COMMENT = "ombComment";
    public static final String REJECTION_REASON = "rejectionReason";
    // release and reviews
    public static final String RELEASE_REFERENCE = "releaseReference";
    public static final String FAILED_RELEASE_REFERENCE = "failedReleaseReference";
    public static final String POST_REVIEW_OUTCOME = "postReviewOutcome";
    public static final String POST_REVIEW_COMMENT = "postReviewComment";
    public static final String DOCUMENTATION_SUFFICIENT = "documentationSufficient";
    public static final String TOOL_WORKING = "toolWorking";
    public static final String REVIEW_COMMENT = "reviewComment";
    public static final String REVIEW_NEGATIVE = "reviewNegative";
    // status delegate input
    public static final String NEW_STATUS = "newStatus";
    /** Optional: why, kept in the status history. */
    public static final String STATUS_NOTE = "statusNote";
    // mail delegate input
    public static final String MAIL_TEMPLATE = "mailTemplate";

    private Vars() {
    }
  }

  /** Values the forms offer and the gateways test. */
  public static final class Values {
    public static final String STANDARD = "standard";
    public static final String NORMAL = "normal";
    public static final String EMERGENCY = "emergency";
    public static final String APPROVE = "approve";
    public static final String REJECT = "reject";
    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String EGI = "EGI";

    private Values() {
    }
  }
}
