package org.toolflow.onboarding;

import static org.toolflow.onboarding.OnboardingVariables.*;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.toolflow.system.forms.FormChecks;
import org.toolflow.system.forms.SpdxLicences;
import org.toolflow.tools.QualityOfSupport;

/** What each onboarding form must contain, checked on the server whatever the browser let through. */
final class OnboardingFormRules {

  static final Pattern TOOL_KEY_FORMAT = Pattern.compile("^[a-z][a-z0-9-]{1,30}$");
  static final String TOOL_KEY_ALLOWED = "2 to 31 characters: a lower-case letter, then lower-case letters, digits "
      + "or hyphens, e.g. argo-monitoring";
  static final List<String> QUALITY_OF_SUPPORT_LEVELS =
      Arrays.stream(QualityOfSupport.values()).map(Enum::name).toList();
  private static final int NAME_LENGTH = 200;
  private static final int TEXT_LENGTH = 4000;

  private final String toolDomain;

  OnboardingFormRules(String toolDomain) {
    this.toolDomain = toolDomain;
  }

  /** The start form and, but for the key, the correction form: the data the seed asks of a new tool. */
  void request(FormChecks checks) {
    checks.field(TOOL_KEY).required().matches(TOOL_KEY_FORMAT, TOOL_KEY_ALLOWED);
    checks.field(TOOL_NAME).required().maxLength(NAME_LENGTH);
    checks.field(SUPPORT_EMAIL).required().email();
    checks.field(TEAM_LEADER_NAME).required().maxLength(NAME_LENGTH);
    checks.field(TEAM_LEADER_EMAIL).required().email();
    checks.field(TEAM_LEADER_PHONE).phone();
    checks.field(PURPOSE).required().maxLength(TEXT_LENGTH);
    checks.field(LICENCE).required().oneOf(SpdxLicences.IDS);
    checks.field(PROVIDER).required().maxLength(NAME_LENGTH);
    checks.field(SOURCE_CODE_URL).required().url();
    checks.field(DOCUMENTATION_URL).url();
    checks.field(CATEGORY).required().oneOf(CATEGORIES);
    checks.field(OTAG_WANTED).required().oneOf(YES_NO);
    checks.field(OTAG_MEMBERS).maxLength(TEXT_LENGTH);
    checks.field(UMD_DISTRIBUTION).required().oneOf(YES_NO);
  }

  void review(FormChecks checks, String outcome) {
    checks.field(REVIEW_OUTCOME).required().oneOf(REVIEW_OUTCOMES);
    if (CORRECT.equals(outcome) || REJECT.equals(outcome)) {
      checks.field(REVIEW_COMMENT).required().maxLength(TEXT_LENGTH);
    }
  }

  void toolUrl(FormChecks checks) {
    checks.field(TOOL_URL).required().urlInDomain(toolDomain);
  }

  void gocdbRegistration(FormChecks checks) {
    checks.field(GOCDB_HOSTNAME).required().hostname();
  }

  void rtCategory(FormChecks checks) {
    checks.field(RT_CATEGORY).required().maxLength(NAME_LENGTH);
    checks.field(RT_DASHBOARD_URL).required().url();
  }

  void supportUnitDescription(FormChecks checks) {
    checks.field(SUPPORT_UNIT_NAME).required().maxLength(NAME_LENGTH);
    checks.field(SUPPORT_UNIT_MAILING_LIST).required().email();
    checks.field(QUALITY_OF_SUPPORT).required().oneOf(QUALITY_OF_SUPPORT_LEVELS);
    checks.field(FAQ_TEXT).required().maxLength(TEXT_LENGTH);
  }

  void supportUnitConfirmation(FormChecks checks) {
    checks.field(GGUS_SUPPORT_UNIT).required().maxLength(NAME_LENGTH);
  }

  void olaNegotiation(FormChecks checks) {
    checks.field(OLA_DRAFT_LINK).required().url();
  }

  void olaSignature(FormChecks checks) {
    checks.field(OLA_LINK).required().url();
  }

  void acknowledgement(FormChecks checks) {
    checks.field(ACKNOWLEDGEMENT_LINK).required().url();
  }

  void securityPolicy(FormChecks checks) {
    checks.field(SECURITY_POLICY_LINK).required().url();
  }

  void emailAccess(FormChecks checks) {
    checks.field(EGI_EMAIL_ADDRESS).required().email();
  }

  /** What only the team knows; "(if applicable)" entries of the seed are optional. */
  void wikiEntry(FormChecks checks) {
    checks.field(SHORT_DESCRIPTION).required().maxLength(TEXT_LENGTH);
    checks.field(DOCUMENTATION_URL).required().url();
    checks.field(INTERNAL_TRACKER_URL).url();
    checks.field(OTAG_LINK).url();
    checks.field(RELEASE_SCHEDULE).required().oneOf(RELEASE_SCHEDULES);
    checks.field(RELEASE_NOTES_URL).required().url();
    checks.field(ROADMAP_URL).url();
    checks.field(TEST_INSTANCE_URL).required().url();
  }
}
