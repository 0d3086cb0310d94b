package org.toolflow.onboarding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolflow.system.process.SharedVariables;

/** Process variables of tool onboarding; form field keys are the same names. */
public final class OnboardingVariables {

  // The request: start form and correction form.
  public static final String TOOL_KEY = SharedVariables.TOOL_KEY;
  public static final String TOOL_NAME = SharedVariables.TOOL_NAME;
  public static final String SUPPORT_EMAIL = "supportEmail";
  public static final String TEAM_LEADER_NAME = "teamLeaderName";
  public static final String TEAM_LEADER_EMAIL = "teamLeaderEmail";
  public static final String TEAM_LEADER_PHONE = "teamLeaderPhone";
  public static final String PURPOSE = "purpose";
  public static final String LICENCE = "licence";
  public static final String PROVIDER = "provider";
  public static final String SOURCE_CODE_URL = "sourceCodeUrl";
  public static final String DOCUMENTATION_URL = "documentationUrl";
  public static final String CATEGORY = "category";
  public static final String OTAG_WANTED = "otagWanted";
  /** User ids or e-mail addresses of the OTAG's first members, when an OTAG is wanted. */
  public static final String OTAG_MEMBERS = "otagMembers";
  public static final String UMD_DISTRIBUTION = "umdDistribution";
  /** The user who started the request (camunda:initiator); corrects it when it is sent back. */
  public static final String REQUESTER = SharedVariables.REQUESTER;

  // Review by EGI Operations.
  public static final String REVIEW_OUTCOME = "reviewOutcome";
  public static final String REVIEW_COMMENT = "reviewComment";

  // Registration.
  public static final String TEAM_GROUP = "teamGroup";

  // EGI Operations steps.
  public static final String TOOL_URL = "toolUrl";
  public static final String GOCDB_HOSTNAME = "gocdbHostname";
  public static final String GOCDB_CHECKS = "gocdbChecks";
  public static final String GOCDB_CHECK_OUTCOME = "gocdbCheckOutcome";
  public static final String GOCDB_CHECK_DELAY = "gocdbCheckDelay";
  public static final String GOCDB_NOTE = "gocdbNote";
  public static final String GOCDB_ENTRY = "gocdbEntry";
  public static final String GOCDB_PRIMARY_KEY = "gocdbPrimaryKey";
  public static final String RT_CATEGORY = "rtCategory";
  public static final String RT_DASHBOARD_URL = "rtDashboardUrl";
  public static final String SUPPORT_UNIT_NAME = "supportUnitName";
  public static final String SUPPORT_UNIT_MAILING_LIST = "supportUnitMailingList";
  public static final String QUALITY_OF_SUPPORT = "qualityOfSupport";
  public static final String FAQ_TEXT = "faqText";
  public static final String SUPPORT_UNIT_TICKET_ID = "supportUnitTicketId";
  public static final String SUPPORT_UNIT_TICKET_NUMBER = "supportUnitTicketNumber";
  public static final String GGUS_SUPPORT_UNIT = "ggusSupportUnit";
  public static final String OLA_DRAFT_LINK = "olaDraftLink";
  public static final String OLA_LINK = "olaLink";
  public static final String ACKNOWLEDGEMENT_LINK = "acknowledgementLink";
  public static final String SECURITY_POLICY_LINK = "securityPolicyLink";
  public static final String EGI_EMAIL_ADDRESS = "egiEmailAddress";

  // Wiki entry: what only the team knows, then the published page.
  public static final String SHORT_DESCRIPTION = "shortDescription";
  public static final String INTERNAL_TRACKER_URL = "internalTrackerUrl";
  public static final String OTAG_LINK = "otagLink";
  public static final String RELEASE_SCHEDULE = "releaseSchedule";
  public static final String RELEASE_NOTES_URL = "releaseNotesUrl";
  public static final String ROADMAP_URL = "roadmapUrl";
  public static final String TEST_INSTANCE_URL = "testInstanceUrl";
  public static final String WIKI_PAGE = "wikiPage";
  public static final String WIKI_REVISION = "wikiRevision";

  // Allowed values of the choices.
  public static final String ACCEPT = "accept";
  public static final String CORRECT = "correct";
  public static final String REJECT = "reject";
  public static final List<String> REVIEW_OUTCOMES = List.of(ACCEPT, CORRECT, REJECT);
  public static final String YES = "yes";
  public static final String NO = "no";
  public static final List<String> YES_NO = List.of(YES, NO);
  public static final String GOCDB_FOUND = "found";
  public static final String GOCDB_RETRY = "retry";
  public static final String GOCDB_EXHAUSTED = "exhausted";
  /** Tool categories with the labels the forms and the wiki show. */
  public static final Map<String, String> CATEGORY_LABELS = ordered(
      "accounting", "Accounting",
      "monitoring", "Monitoring",
      "helpdesk", "Helpdesk",
      "configuration-database", "Configuration database",
      "authentication-authorisation", "Authentication and authorisation",
      "messaging", "Messaging",
      "operations-portal", "Operations portal",
      "application-database", "Application database",
      "collaboration", "Collaboration tools",
      "workload-management", "Workload management",
      "security", "Security",
      "other", "Other");
  public static final List<String> CATEGORIES = List.copyOf(CATEGORY_LABELS.keySet());
  public static final Map<String, String> RELEASE_SCHEDULE_LABELS = ordered(
      "monthly", "Every month",
      "every-two-months", "Every two months",
      "quarterly", "Every three months",
      "twice-a-year", "Twice a year",
      "when-needed", "When needed, no fixed schedule");
  public static final List<String> RELEASE_SCHEDULES = List.copyOf(RELEASE_SCHEDULE_LABELS.keySet());

  private OnboardingVariables() {
  }

  private static Map<String, String> ordered(String... valuesAndLabels) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < valuesAndLabels.length; i += 2) {
      map.put(valuesAndLabels[i], valuesAndLabels[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }
}
