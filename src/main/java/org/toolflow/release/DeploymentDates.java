package org.toolflow.release;

import static org.toolflow.release.ReleaseProcess.Vars.DEPLOYMENT_DUE;
import static org.toolflow.release.ReleaseProcess.Vars.DEPLOYMENT_OVERDUE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** The timers of a planned date: the team may deploy from the start of the day, and has slipped at its end. */
final class DeploymentDates {

  private DeploymentDates() {
  }

  static Map<String, Object> of(LocalDate plannedDate, ZoneId zone) {
    Map<String, Object> dates = new HashMap<>();
    dates.put(DEPLOYMENT_DUE, Date.from(plannedDate.atStartOfDay(zone).toInstant()));
    dates.put(DEPLOYMENT_OVERDUE, Date.from(plannedDate.plusDays(1).atStartOfDay(zone).toInstant()));
    return dates;
  }
}
