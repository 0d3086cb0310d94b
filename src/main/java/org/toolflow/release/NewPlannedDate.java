package org.toolflow.release;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * A new planned date, checked against the plan rules from now on (the OMB has not heard of it yet): the rules of the
 * form refuse one that does not hold, the record keeps the one that does with its OMB meeting.
 */
@Component
class NewPlannedDate {

  private final ReleaseRules rules;
  private final ReleasePlanner planner;
  private final ReleaseRecords records;
  private final Clock clock;

  NewPlannedDate(ReleaseRules rules, ReleasePlanner planner, ReleaseRecords records, Clock clock) {
    this.rules = rules;
    this.planner = planner;
    this.records = records;
    this.clock = clock;
  }

  PlanCheck check(ReleaseRecord release, LocalDate date) {
    Instant now = clock.instant();
    return planner.check(release.kind(), rules.planRules(release.kind()), date, now, now);
  }

  PlanCheck record(ReleaseRecord release, LocalDate date) {
    PlanCheck plan = check(release, date);
    records.plan(release.key(), date, plan.ombMeetingAt());
    return plan;
  }
}
