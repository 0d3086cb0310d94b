package org.toolflow.release;

import org.toolflow.release.ReleaseProcess.Values;

/**
 * What the plan rules (decision {@code release-plan-rules}) ask of one kind of release.
 *
 * @param ombNoticeDays how many days at least the OMB meeting that hears of the release precedes it
 * @param ombMeetingRule {@code before-release} (the monthly meeting before the release) or {@code after-release}
 *     (the first meeting after it, for emergencies)
 * @param acceptanceTestsRequired whether customer representatives run acceptance tests
 */
record PlanRules(int ombNoticeDays, String ombMeetingRule, boolean acceptanceTestsRequired) {

  boolean presentedBeforeRelease() {
    return !Values.MEETING_AFTER.equals(ombMeetingRule);
  }
}
