package org.toolflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.toolflow.omb.OmbCalendar;
import org.toolflow.omb.OmbProperties;
import org.toolflow.release.ReleaseProcess.Values;

/** The OMB rules of a plan on the default calendar (meetings on 2026-02-03, 03-03, 04-07), checked on Monday 2 March. */
class ReleasePlannerTest {

  private static final PlanRules MINOR = new PlanRules(7, Values.MEETING_BEFORE, false);
  private static final PlanRules EMERGENCY = new PlanRules(0, Values.MEETING_AFTER, false);

  private final OmbCalendar calendar = new OmbCalendar(
      new OmbProperties(OmbProperties.DEFAULT_MEETING_CRON, Duration.ofDays(7)));
  private final ReleasePlanner planner = new ReleasePlanner(calendar);
  private final Instant now = LocalDate.parse("2026-03-02").atTime(9, 0).atZone(calendar.zone()).toInstant();

  private PlanCheck check(PlanRules rules, String planned, Instant informedAt) {
    return planner.check("minor", rules, LocalDate.parse(planned), now, informedAt);
  }

  @Test
  void aReleaseAWeekAfterTheNextMeetingIsPresentedThere() {
    PlanCheck plan = check(MINOR, "2026-03-20", now);

    assertThat(plan.holds()).isTrue();
    assertThat(calendar.dateOf(plan.ombMeetingAt())).isEqualTo("2026-03-03");
    assertThat(plan.message()).contains("2026-03-03");
  }

  @Test
  void aReleaseTooSoonAfterTheNextMeetingIsRefusedWithTheEarliestValidDate() {
    PlanCheck plan = check(MINOR, "2026-03-09", now);

    assertThat(plan.holds()).isFalse();
    assertThat(plan.earliestDate()).isEqualTo("2026-03-10");
    assertThat(calendar.dateOf(plan.earliestMeetingAt())).isEqualTo("2026-03-03");
    assertThat(plan.message()).contains("2026-02-03").contains("The earliest valid date is 2026-03-10");
    assertThat(check(MINOR, "2026-03-10", now).holds()).isTrue();
  }

  @Test
  void aMeetingAlreadyHeldStillCountsForADateTheOmbHeardOfBefore() {
    Instant informedInFebruary = LocalDate.parse("2026-02-02").atTime(9, 0).atZone(calendar.zone()).toInstant();

    assertThat(check(MINOR, "2026-02-20", informedInFebruary).holds()).isFalse();
    assertThat(check(MINOR, "2026-03-09", informedInFebruary).holds()).isTrue();
    assertThat(calendar.dateOf(check(MINOR, "2026-03-09", informedInFebruary).ombMeetingAt())).isEqualTo("2026-02-03");
  }

  @Test
  void aPassedDateIsRefused() {
    PlanCheck plan = check(MINOR, "2026-03-01", now);

    assertThat(plan.holds()).isFalse();
    assertThat(plan.message()).contains("has passed").contains("2026-03-10");
  }

  @Test
  void anEmergencyReleaseNeedsNoNoticeAndGoesToTheFirstMeetingAfterIt() {
    PlanCheck today = check(EMERGENCY, "2026-03-02", now);
    PlanCheck onMeetingDay = check(EMERGENCY, "2026-03-03", now);

    assertThat(today.holds()).isTrue();
    assertThat(calendar.dateOf(today.ombMeetingAt())).isEqualTo("2026-03-03");
    assertThat(calendar.dateOf(onMeetingDay.ombMeetingAt())).isEqualTo("2026-04-07");
    assertThat(check(EMERGENCY, "2026-03-01", now).holds()).isFalse();
  }
}
