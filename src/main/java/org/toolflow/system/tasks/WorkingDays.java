package org.toolflow.system.tasks;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Working days are Monday to Friday in a given time zone; public holidays are not known and count as working days.
 * Adding N working days steps one calendar day at a time, at the same time of day, and counts only the steps that
 * land on a weekday: Friday 10:00 plus 5 is the next Friday 10:00, Saturday 10:00 plus 5 is the next Friday 10:00.
 */
public final class WorkingDays {

  private WorkingDays() {
  }

  public static Instant after(Instant start, int workingDays, ZoneId zone) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("working days must not be negative: " + workingDays);
    }
    ZonedDateTime day = start.atZone(zone);
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (isWorkingDay(day.getDayOfWeek())) {
        counted++;
      }
    }
    return day.toInstant();
  }

  static boolean isWorkingDay(DayOfWeek day) {
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }
}
