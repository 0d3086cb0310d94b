package org.toolflow.onboarding;

import org.toolflow.security.Roles;

/** The names of {@code processes/tool-onboarding.bpmn}: process key and element ids, shared by code and tests. */
public final class OnboardingProcess {

  public static final String KEY = "tool-onboarding";

  public static final String EVENT_ONBOARDING_REQUESTED = "Event_OnboardingRequested";
  public static final String TASK_REVIEW_ONBOARDING = "Task_ReviewOnboarding";
  public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";
  public static final String TASK_CORRECT_REQUEST = "Task_CorrectRequest";
  public static final String TASK_NOTIFY_REJECTION = "Task_NotifyRejection";
  public static final String EVENT_ONBOARDING_REJECTED = "Event_OnboardingRejected";
  public static final String TASK_REGISTER_TOOL = "Task_RegisterTool";
  public static final String TASK_CREATE_TEAM_GROUP = "Task_CreateTeamGroup";
  public static final String TASK_CREATE_TOOL_URL = "Task_CreateToolUrl";
  public static final String TASK_REGISTER_IN_GOCDB = "Task_RegisterInGocdb";
  public static final String TASK_CHECK_GOCDB_ENTRY = "Task_CheckGocdbEntry";
  public static final String GATEWAY_GOCDB_ENTRY_FOUND = "Gateway_GocdbEntryFound";
  public static final String EVENT_GOCDB_CHECK_DELAY = "Event_GocdbCheckDelay";
  public static final String TASK_CREATE_RT_CATEGORY = "Task_CreateRtCategory";
  public static final String TASK_DESCRIBE_SUPPORT_UNIT = "Task_DescribeSupportUnit";
  public static final String TASK_REQUEST_SUPPORT_UNIT = "Task_RequestSupportUnit";
  public static final String TASK_CONFIRM_SUPPORT_UNIT = "Task_ConfirmSupportUnit";
  public static final String TASK_NEGOTIATE_OLA = "Task_NegotiateOla";
  public static final String TASK_SIGN_OLA = "Task_SignOla";
  public static final String TASK_ACKNOWLEDGE_EGI = "Task_AcknowledgeEgi";
  public static final String TASK_PROVIDE_SECURITY_POLICY = "Task_ProvideSecurityPolicy";
  public static final String TASK_SUBSCRIBE_TOOL_ADMINS = "Task_SubscribeToolAdmins";
  public static final String TASK_GRANT_EMAIL_ACCESS = "Task_GrantEmailAccess";
  public static final String TASK_COMPLETE_WIKI_ENTRY = "Task_CompleteWikiEntry";
  public static final String TASK_PUBLISH_WIKI_ENTRY = "Task_PublishWikiEntry";
  public static final String TASK_ACTIVATE_TOOL = "Task_ActivateTool";
  public static final String TASK_SEND_SUMMARY = "Task_SendSummary";
  public static final String EVENT_TOOL_ACTIVE = "Event_ToolActive";

  public static final String GROUP_EGI_OPERATIONS = Roles.EGI_OPERATIONS;
  /** People who may propose a new tool before it has a team: a future team leader is put here by an administrator. */
  public static final String GROUP_TOOL_REQUESTERS = "tool-requesters";

  private OnboardingProcess() {
  }
}
