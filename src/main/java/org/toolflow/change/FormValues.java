package org.toolflow.change;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.toolflow.system.web.FieldProblem;

/** Reads submitted values as a form or JSON client sends them, noting a problem per bad field. */
final class FormValues {

  private final Map<String, ?> values;

  FormValues(Map<String, ?> values) {
    this.values = values;
  }

  String requiredText(String field, int maxLength, List<FieldProblem> problems) {
    String text = optionalText(field, maxLength, problems);
    if (text == null && !hasProblem(field, problems)) {
      problems.add(new FieldProblem(field, "required"));
    }
    return text;
  }

  /** Trimmed text, or null when absent or blank. */
  String optionalText(String field, int maxLength, List<FieldProblem> problems) {
    Object value = values.get(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      problems.add(new FieldProblem(field, "must be text"));
      return null;
    }
    String trimmed = text.trim();
    if (trimmed.length() > maxLength) {
      problems.add(new FieldProblem(field, "at most " + maxLength + " characters (got " + trimmed.length() + ")"));
      return null;
    }
    return trimmed.isEmpty() ? null : trimmed;
  }

  String choice(String field, List<String> allowed, boolean required, List<FieldProblem> problems) {
    String text = required ? requiredText(field, 64, problems) : optionalText(field, 64, problems);
    if (text != null && !allowed.contains(text)) {
      problems.add(new FieldProblem(field, "'" + text + "' is not allowed; one of " + String.join(", ", allowed)));
      return null;
    }
    return text;
  }

  Boolean optionalBoolean(String field, List<FieldProblem> problems) {
    Object value = values.get(field);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
      return Boolean.valueOf(text);
    }
    problems.add(new FieldProblem(field, "must be true or false"));
    return null;
  }

  Integer requiredInteger(String field, int min, int max, List<FieldProblem> problems) {
    Object value = values.get(field);
    Integer number = null;
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      number = n.intValue();
    } else if (value instanceof String text && text.trim().matches("-?\\d{1,9}")) {
      number = Integer.valueOf(text.trim());
    } else if (value == null) {
      problems.add(new FieldProblem(field, "required"));
      return null;
    }
    if (number == null || number < min || number > max) {
      problems.add(new FieldProblem(field, "a whole number from " + min + " to " + max));
      return null;
    }
    return number;
  }

  /** An ISO date (yyyy-MM-dd, as the date picker sends it) not before {@code today}. */
  LocalDate optionalDate(String field, LocalDate today, List<FieldProblem> problems) {
    Object value = values.get(field);
    LocalDate date;
    if (value == null || (value instanceof String blank && blank.isBlank())) {
      return null;
    } else if (value instanceof Date javaDate) {
      date = javaDate.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    } else if (value instanceof LocalDate localDate) {
      date = localDate;
    } else {
      try {
        date = LocalDate.parse(String.valueOf(value).trim());
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem(field, "a date as yyyy-MM-dd (got '" + value + "')"));
        return null;
      }
    }
    if (date.isBefore(today)) {
      problems.add(new FieldProblem(field, "must not be in the past (got " + date + ")"));
      return null;
    }
    return date;
  }

  /** Change dates are calendar days in UTC, whatever the server's zone. */
  static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static boolean hasProblem(String field, List<FieldProblem> problems) {
    return problems.stream().anyMatch(p -> p.field().equals(field));
  }
}
