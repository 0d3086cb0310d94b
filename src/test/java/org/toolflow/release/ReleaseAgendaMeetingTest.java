package org.toolflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.omb.OmbCalendar;
import org.toolflow.omb.PlannedReleases;
import org.toolflow.omb.PlannedReleases.AgendaRelease;

/**
 * A release is on the agenda of the OMB meeting release planning chose for it, not of the meeting before its date.
 * Meetings on the first Tuesday: 3 March, 7 April, 5 May 2026; the engine clock stands on Monday 23 February.
 */
@ToolFlowSpringTest
class ReleaseAgendaMeetingTest extends ReleaseTestCase {

  static final Instant MONDAY_BEFORE_MARCH_MEETING = Instant.parse("2026-02-23T09:00:00Z");
  static final LocalDate MARCH_MEETING = LocalDate.parse("2026-03-03");
  static final LocalDate APRIL_MEETING = LocalDate.parse("2026-04-07");

  @Autowired
  PlannedReleases ombReleases;
  @Autowired
  OmbCalendar calendar;

  String tool;
  String developer;

  @Override
  Instant clockStandsAt() {
    return MONDAY_BEFORE_MARCH_MEETING;
  }

  @BeforeEach
  void setUp() {
    tool = fixtures.activeTool(false, false, true);
    developer = fixtures.user("developer", "team-" + tool);
  }

  @Test
  void aReleaseOfTenAprilApprovedForTheMarchMeetingIsOnTheMarchAgendaNotTheAprilOne() {
    ProcessInstance release = driver.plan(developer, ReleaseDriver.plan(tool, "3.1.0", "minor", "2026-04-10"));

    assertThat(meetingDayOf(release)).isEqualTo(MARCH_MEETING);
    assertThat(versionsOn(MARCH_MEETING)).contains("3.1.0");
    assertThat(versionsOn(APRIL_MEETING)).doesNotContain("3.1.0");
  }

  @Test
  void atMonthEndsTheAgendaFollowsTheRecordedMeeting() {
    ProcessInstance endOfMarch = driver.plan(developer, ReleaseDriver.plan(tool, "4.0.1", "minor", "2026-03-31"));
    ProcessInstance firstOfApril = driver.plan(developer, ReleaseDriver.plan(tool, "4.0.2", "minor", "2026-04-01"));
    ProcessInstance endOfApril = driver.plan(developer, ReleaseDriver.plan(tool, "4.0.3", "minor", "2026-04-30"));
    ProcessInstance firstOfMay = driver.plan(developer, ReleaseDriver.plan(tool, "4.0.4", "minor", "2026-05-01"));

    // A week's notice: 31 March and 1 April go to 3 March; 30 April and 1 May to 7 April, not to 5 May.
    assertThat(List.of(endOfMarch, firstOfApril, endOfApril, firstOfMay)).extracting(this::meetingDayOf)
        .containsExactly(MARCH_MEETING, MARCH_MEETING, APRIL_MEETING, APRIL_MEETING);
    assertThat(versionsOn(MARCH_MEETING)).contains("4.0.1", "4.0.2").doesNotContain("4.0.3", "4.0.4");
    assertThat(versionsOn(APRIL_MEETING)).contains("4.0.3", "4.0.4").doesNotContain("4.0.1", "4.0.2");
    assertThat(versionsOn(LocalDate.parse("2026-05-05"))).doesNotContain("4.0.1", "4.0.2", "4.0.3", "4.0.4");
  }

  private LocalDate meetingDayOf(ProcessInstance release) {
    return calendar.dateOf(records.get(release.getBusinessKey()).ombMeetingAt());
  }

  private List<String> versionsOn(LocalDate meetingDay) {
    return ombReleases.presentedAt(meetingDay).stream().filter(r -> r.toolKey().equals(tool))
        .map(AgendaRelease::version).toList();
  }
}
