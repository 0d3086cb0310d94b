package org.toolflow.incident.maintenance;

import static org.toolflow.incident.maintenance.MaintenanceWindowNames.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.toolflow.incident.WorkingHours;
import org.toolflow.system.forms.FormChecks;

/**
 * EGI's downtime rules: declared at least 24 hours ahead it is SCHEDULED (5 working days recommended), otherwise
 * UNSCHEDULED; an interruption is declared at most 48 hours after it started; severity WARNING or OUTAGE.
 */
@Component
class MaintenanceRules {

  record Window(Instant start, Instant end, String classification, boolean belowRecommendedNotice, Instant declarationDue) {
  }

  private final MaintenanceProperties properties;
  private final WorkingHours workingHours;

  MaintenanceRules(MaintenanceProperties properties, WorkingHours workingHours) {
    this.properties = properties;
    this.workingHours = workingHours;
  }

  /** Checks severity, start and end; answers the classified window when they hold. */
  Optional<Window> check(FormChecks checks, Object severity, Object startsAt, Object endsAt, Instant now) {
    checks.field(SEVERITY).required().oneOf(java.util.List.of(WARNING, OUTAGE));
    checks.field(STARTS_AT).required();
    checks.field(ENDS_AT).required();
    Optional<Instant> start = instant(startsAt);
    Optional<Instant> end = instant(endsAt);
    checks.rule(STARTS_AT, startsAt == null || start.isPresent(), "must be a date and time such as 2025-03-04T07:00:00Z");
    checks.rule(ENDS_AT, endsAt == null || end.isPresent(), "must be a date and time such as 2025-03-04T15:00:00Z");
    if (start.isEmpty() || end.isEmpty()) {
      return Optional.empty();
    }
    boolean startsInTime = !start.get().isBefore(now.minus(properties.latestDeclaration()));
    checks.rule(STARTS_AT, startsInTime, "an interruption must be declared at most "
        + properties.latestDeclaration().toHours() + " hours after it started; this one started earlier");
    checks.rule(ENDS_AT, end.get().isAfter(start.get()), "must be after the start");
    checks.rule(ENDS_AT, end.get().isAfter(now), "must be in the future: a window that is over needs no declaration");
    if (!startsInTime || !end.get().isAfter(start.get()) || !end.get().isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(classify(start.get(), end.get(), now));
  }

  Window classify(Instant start, Instant end, Instant now) {
    boolean scheduled = !start.isBefore(now.plus(properties.minimumNotice()));
    Instant recommended = workingHours.plus(now, workingHours.day().multipliedBy(properties.recommendedNoticeDays()));
    // A scheduled window must be in GOCDB before its notice runs out; an unscheduled one at once.
    Instant declarationDue = scheduled ? start.minus(properties.minimumNotice()) : now;
    return new Window(start, end, scheduled ? SCHEDULED : UNSCHEDULED, scheduled && start.isBefore(recommended),
        declarationDue);
  }

  /** A date-time as forms send it (ISO, with or without zone; without zone it is UTC) or as a Date variable. */
  static Optional<Instant> instant(Object value) {
    if (value instanceof Date date) {
      return Optional.of(date.toInstant());
    }
    if (!(value instanceof String text) || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text.trim()).toInstant());
    } catch (DateTimeParseException notWithZone) {
      try {
        return Optional.of(LocalDateTime.parse(text.trim()).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException notADateTime) {
        return Optional.empty();
      }
    }
  }

  static Date date(Instant instant) {
    return Date.from(instant);
  }

  Duration minimumNotice() {
    return properties.minimumNotice();
  }
}
