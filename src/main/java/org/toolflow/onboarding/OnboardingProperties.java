package org.toolflow.onboarding;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

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
record OnboardingProperties(String egiOperationsEmail, String toolAdminsListOwner, String supportUnitRequestsGroup,
    String toolDomain, Duration gocdbCheckInterval, Integer gocdbMaxChecks) {

  OnboardingProperties {
    egiOperationsEmail = orDefault(egiOperationsEmail, "operations@egi.eu");
    toolAdminsListOwner = orDefault(toolAdminsListOwner, "tool-admins-owner@mailman.egi.eu");
    supportUnitRequestsGroup = orDefault(supportUnitRequestsGroup, "GGUS");
    toolDomain = orDefault(toolDomain, "egi.eu");
    gocdbCheckInterval = gocdbCheckInterval == null ? Duration.ofHours(1) : gocdbCheckInterval;
    gocdbMaxChecks = gocdbMaxChecks == null ? 24 : gocdbMaxChecks;
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
