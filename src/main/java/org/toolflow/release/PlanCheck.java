package org.toolflow.release;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A release plan checked against the OMB rules.
 *
 * @param holds whether the plan meets the rules
 * @param ombMeetingAt the meeting the release is presented at (null when the plan does not hold)
 * @param earliestDate the earliest planned date that would meet the rules from now on
 * @param earliestMeetingAt the meeting that earliest date would be presented at
 * @param message what a person reads: the meeting, or why the plan fails and the earliest valid date
 */
record PlanCheck(boolean holds, Instant ombMeetingAt, LocalDate earliestDate, Instant earliestMeetingAt,
    String message) {
}
