package org.toolflow.incident;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Clock arithmetic in working hours: a target of "1 working day" reported on Friday at 14:00 falls due on
 * Monday at 14:00, not Saturday. Working days are the configured weekdays minus the configured holidays.
 */
@Component
public class WorkingHours {

  private final LocalTime start;
  private final LocalTime end;
  private final ZoneId zone;
  private final Set<DayOfWeek> days;
  private final Set<LocalDate> holidays;

  public WorkingHours(WorkingHoursProperties properties) {
    if (!properties.start().isBefore(properties.end())) {
      throw new IllegalArgumentException("toolflow.working-hours.start must be before toolflow.working-hours.end");
    }
    if (properties.days().isEmpty()) {
      throw new IllegalArgumentException("toolflow.working-hours.days must name at least one day");
    }
    this.start = properties.start();
    this.end = properties.end();
    this.zone = properties.zone();
    this.days = EnumSet.copyOf(properties.days());
    this.holidays = new HashSet<>(properties.holidays());
  }

  /** The length of one working day, e.g. 8 hours: "1 working day" of GGUS. */
  public Duration day() {
    return Duration.between(start, end);
  }

  /** The instant at which {@code amount} of working time has passed after {@code from}. */
  public Instant plus(Instant from, Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("working time to add must not be negative: " + amount);
    }
    ZonedDateTime cursor = nextWorkingMoment(from.atZone(zone));
    Duration left = amount;
    while (true) {
      ZonedDateTime closing = cursor.toLocalDate().atTime(end).atZone(zone);
      Duration today = Duration.between(cursor, closing);
      if (left.compareTo(today) <= 0) {
        return cursor.plus(left).toInstant();
      }
      left = left.minus(today);
      cursor = nextWorkingMoment(closing.plusNanos(1));
    }
  }

  /** Working time between two instants (zero when {@code to} is not after {@code from}). */
  public Duration between(Instant from, Instant to) {
    Duration total = Duration.ZERO;
    ZonedDateTime cursor = nextWorkingMoment(from.atZone(zone));
    ZonedDateTime limit = to.atZone(zone);
    while (cursor.isBefore(limit)) {
      ZonedDateTime closing = cursor.toLocalDate().atTime(end).atZone(zone);
      ZonedDateTime stop = closing.isBefore(limit) ? closing : limit;
      total = total.plus(Duration.between(cursor, stop));
      cursor = nextWorkingMoment(closing.plusNanos(1));
    }
    return total;
  }

  /** Whether {@code moment} lies inside working hours. */
  public boolean isWorkingTime(Instant moment) {
    ZonedDateTime at = moment.atZone(zone);
    LocalTime time = at.toLocalTime();
    return isWorkingDay(at.toLocalDate()) && !time.isBefore(start) && time.isBefore(end);
  }

  public boolean isWorkingDay(LocalDate date) {
    return days.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }

  // The moment itself when inside working hours, else the next opening.
  private ZonedDateTime nextWorkingMoment(ZonedDateTime moment) {
    LocalDate date = moment.toLocalDate();
    LocalTime time = moment.toLocalTime();
    if (isWorkingDay(date) && !time.isBefore(start) && time.isBefore(end)) {
      return moment;
    }
    if (!isWorkingDay(date) || !time.isBefore(end)) {
      date = date.plusDays(1);
      while (!isWorkingDay(date)) {
        date = date.plusDays(1);
      }
    }
    return date.atTime(start).atZone(zone);
  }
}
