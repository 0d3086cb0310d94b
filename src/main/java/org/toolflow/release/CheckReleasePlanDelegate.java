package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.*;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.omb.OmbCalendar;

/**
 * Checks the plan against the OMB calendar with the rules the business rule task just applied. A date the OMB was
 * already told of keeps the meeting it was presented at; a new date needs a meeting still to come. When the plan
 * holds, the change schedule shows the date; otherwise the team reads why and the earliest valid date.
 */
@Component
class CheckReleasePlanDelegate implements JavaDelegate {

  private final ReleaseRecords records;
  private final ReleasePlanner planner;
  private final ReleaseChanges changes;
  private final OmbCalendar calendar;
  private final Clock clock;

  CheckReleasePlanDelegate(ReleaseRecords records, ReleasePlanner planner, ReleaseChanges changes,
      OmbCalendar calendar, Clock clock) {
    this.records = records;
    this.planner = planner;
    this.changes = changes;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReleaseRecord release = records.get(execution.getProcessBusinessKey());
    PlanRules rules = new PlanRules(((Number) execution.getVariable(OMB_NOTICE_DAYS)).intValue(),
        (String) execution.getVariable(OMB_MEETING_RULE),
        Boolean.TRUE.equals(execution.getVariable(ACCEPTANCE_TESTS_REQUIRED)));
    Instant now = clock.instant();
    Instant informedAt = release.plannedDate().equals(release.ombInformedDate()) ? release.ombInformedAt() : now;
    PlanCheck plan = planner.check(release.kind(), rules, release.plannedDate(), now, informedAt);
    execution.setVariable(PLAN_HOLDS, plan.holds());
    execution.setVariable(PLAN_MESSAGE, plan.message());
    execution.setVariable(EARLIEST_PLANNED_DATE, plan.earliestDate().toString());
    if (plan.holds()) {
      records.plan(release.key(), release.plannedDate(), plan.ombMeetingAt());
      changes.planDeployment(release.key(), release.plannedDate());
      execution.setVariable(OMB_MEETING_AT, Date.from(plan.ombMeetingAt()));
      execution.setVariable(OMB_MEETING_DATE, calendar.dateOf(plan.ombMeetingAt()).toString());
      execution.setVariables(DeploymentDates.of(release.plannedDate(), calendar.zone()));
    }
  }
}
