package org.toolflow.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.toolflow.system.web.FieldProblem;
import org.toolflow.system.web.InvalidInputException;
import org.toolflow.system.web.PageRequest;

/**
 * What an auditor searches by: process, business key (exact, or a prefix ending in {@code *}), tool, the date range
 * of start or end, and the state. Dates are ISO instants or days (a day "to" includes the whole day, UTC).
 */
record SearchCriteria(String processDefinitionKey, String businessKey, String toolKey, Date startedAfter,
    Date startedBefore, Date finishedAfter, Date finishedBefore, State state, int page, int size) {

  // Fewer rows than elsewhere by default: the Cockpit search page shows one screenful.
  static final String DEFAULT_SIZE = "20";

  enum State { RUNNING, COMPLETED, TERMINATED, WITH_INCIDENTS }

  static SearchCriteria parse(String process, String businessKey, String toolKey, String startedFrom, String startedTo,
      String finishedFrom, String finishedTo, String state, int page, int size) {
    List<FieldProblem> problems = new ArrayList<>();
    SearchCriteria criteria = new SearchCriteria(blankToNull(process), blankToNull(businessKey), blankToNull(toolKey),
        date("startedFrom", startedFrom, false, problems), date("startedTo", startedTo, true, problems),
        date("finishedFrom", finishedFrom, false, problems), date("finishedTo", finishedTo, true, problems),
        state(state, problems), page, size);
    PageRequest.of(page, size, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return criteria;
  }

  int firstResult() {
    return new PageRequest(page, size).firstRow();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static Date date(String field, String value, boolean endOfDay, List<FieldProblem> problems) {
    String text = blankToNull(value);
    if (text == null) {
      return null;
    }
    try {
      if (text.length() == 10) {
        LocalDate day = LocalDate.parse(text);
        return Date.from((endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      return Date.from(text.endsWith("Z") ? Instant.parse(text) : OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "a date (2025-10-31) or an ISO instant (2025-10-31T14:00:00Z), not '" + text + "'"));
      return null;
    }
  }

  private static State state(String value, List<FieldProblem> problems) {
    String text = blankToNull(value);
    if (text == null) {
      return null;
    }
    try {
      return State.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("state", "one of running, completed, terminated, with-incidents; not '" + text + "'"));
      return null;
    }
  }
}
