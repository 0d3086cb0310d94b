package org.toolflow.system.forms;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.Map;

/**
 * Reads submitted values as a form or JSON client sends them (text, true/false as boolean or text, whole numbers as
 * number or text, dates as {@code yyyy-MM-dd}), noting each unreadable or refused value on the {@link FormChecks}
 * in its wording; a reader answers null for a value it refused.
 */
public final class FormValues {

  private final Map<String, ?> values;
  private final FormChecks checks;

  public FormValues(Map<String, ?> values, FormChecks checks) {
    this.values = values;
    this.checks = checks;
  }

  /** Trimmed text, or null when absent or blank. */
  public String text(String field, int maxLength) {
    Object value = values.get(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      checks.rule(field, false, "must be text");
      return null;
    }
    if (checks.field(field).maxLength(maxLength).failed()) {
      return null;
    }
    return text.isBlank() ? null : text.trim();
  }

  public String requiredText(String field, int maxLength) {
    String text = text(field, maxLength);
    if (text == null && !checks.hasProblem(field)) {
      checks.field(field).required();
    }
    return text;
  }

  public String choice(String field, Collection<String> allowed, boolean required) {
    String text = required ? requiredText(field, 64) : text(field, 64);
    if (text != null && checks.field(field).oneOf(allowed).failed()) {
      return null;
    }
    return text;
  }

  public Boolean bool(String field) {
    Object value = values.get(field);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
      return Boolean.valueOf(text);
    }
    checks.rule(field, false, "must be true or false (got '" + value + "')");
    return null;
  }

  public Integer requiredWholeNumber(String field, int min, int max) {
    Object value = values.get(field);
    Integer number = null;
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      number = n.intValue();
    } else if (value instanceof String text && text.trim().matches("-?\\d{1,9}")) {
      number = Integer.valueOf(text.trim());
    } else if (value == null) {
      checks.field(field).required();
      return null;
    }
    if (number == null || number < min || number > max) {
      checks.rule(field, false, "must be a whole number from " + min + " to " + max + " (got '" + value + "')");
      return null;
    }
    return number;
  }

  /** A date (yyyy-MM-dd, as the date picker sends it; an instant counts by its day in UTC) not before {@code today}. */
  public LocalDate date(String field, LocalDate today) {
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
        checks.rule(field, false, "must be a date as yyyy-MM-dd (got '" + value + "')");
        return null;
      }
    }
    if (date.isBefore(today)) {
      checks.rule(field, false, "must not be in the past (got " + date + ")");
      return null;
    }
    return date;
  }
}
