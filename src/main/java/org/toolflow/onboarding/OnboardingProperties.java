package org.toolflow.onboarding;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.toolflow.system.config.BlankSetting;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code toolflow.onboarding.*}: where onboarding writes to and how patiently it waits for GOCDB.
 *
 * @param egiOperationsEmail receives the summary of every onboarded tool
 * @param toolAdminsListOwner the owner address of the Tool-admins mailing list, asked to subscribe the team leader
 * @param supportUnitRequestsGroup the helpdesk's own support unit, which creates new support units
 * @param toolDomain the domain the tool's URL is created in
 * @param gocdbCheckInterval the wait between two checks for the tool's GOCDB entry
 * @param gocdbMaxChecks checks before EGI Operations is asked to look at the GOCDB registration again
 */
@ConfigurationProperties("toolflow.onboarding")
record OnboardingProperties(@DefaultValue(EGI_OPERATIONS_EMAIL) String egiOperationsEmail,
    @DefaultValue(TOOL_ADMINS_LIST_OWNER) String toolAdminsListOwner,
    @DefaultValue(SUPPORT_UNIT_REQUESTS_GROUP) String supportUnitRequestsGroup, @DefaultValue(TOOL_DOMAIN) String toolDomain,
    @DefaultValue("PT1H") Duration gocdbCheckInterval, @DefaultValue("24") int gocdbMaxChecks) {

  static final String EGI_OPERATIONS_EMAIL = "operations@egi.eu";
  static final String TOOL_ADMINS_LIST_OWNER = "tool-admins-owner@mailman.egi.eu";
  static final String SUPPORT_UNIT_REQUESTS_GROUP = "GGUS";
  static final String TOOL_DOMAIN = "egi.eu";

  OnboardingProperties {
    egiOperationsEmail = BlankSetting.orDefault(egiOperationsEmail, EGI_OPERATIONS_EMAIL);
    toolAdminsListOwner = BlankSetting.orDefault(toolAdminsListOwner, TOOL_ADMINS_LIST_OWNER);
    supportUnitRequestsGroup = BlankSetting.orDefault(supportUnitRequestsGroup, SUPPORT_UNIT_REQUESTS_GROUP);
    toolDomain = BlankSetting.orDefault(toolDomain, TOOL_DOMAIN);
  }
}
