package org.toolflow.system.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads submitted values as a form or JSON client sends them (text, true/false as boolean or text, whole numbers as
 * number or text, dates as {@code yyyy-MM-dd}, lists as a JSON array (a Tasklist checklist), a Java list or
 * comma-separated text), noting each unreadable or refused value on the {@link FormChecks} in its wording; a reader
 * answers null for a value it refused.
 */
public final class FormValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, ?> values;
  private final FormChecks checks;
  private final ZoneId days;

  /** A submitted instant ({@link Date}) falls on its calendar day in UTC. */
  public FormValues(Map<String, ?> values, FormChecks checks) {
    this(values, checks, ZoneOffset.UTC);
  }

  /** {@code days}: the zone in which a submitted instant ({@link Date}) falls on a calendar day. */
  public FormValues(Map<String, ?> values, FormChecks checks, ZoneId days) {
    this.values = values;
    this.checks = checks;
    this.days = days;
  }

  /** Trimmed text, or null when absent, blank or not text; the length is for {@link FormChecks} to check. */
  public String text(String field) {
    Object value = values.get(field);
    return value instanceof String text && !text.isBlank() ? text.trim() : null;
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

  /** Absent or blank is {@code fallback}. */
  public Boolean bool(String field, Boolean fallback) {
    Object value = values.get(field);
    if (value == null || value instanceof String blank && blank.isBlank()) {
      return fallback;
    }
    return bool(field);
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

  /** A date (yyyy-MM-dd, as the date picker sends it; an instant counts by its day) not before {@code today}. */
  public LocalDate date(String field, LocalDate today) {
    Object value = values.get(field);
    LocalDate date;
    if (value == null || (value instanceof String blank && blank.isBlank())) {
      return null;
    } else if (value instanceof Date javaDate) {
      date = javaDate.toInstant().atZone(days).toLocalDate();
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

  /** A date (yyyy-MM-dd; an instant counts by its day), in the past or not. */
  public LocalDate date(String field, boolean required) {
    Object value = values.get(field);
    if (value == null || value instanceof String blank && blank.isBlank()) {
      checks.rule(field, !required, "is required: a date as yyyy-MM-dd");
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(days).toLocalDate();
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    try {
      return LocalDate.parse(String.valueOf(value).trim());
    } catch (DateTimeParseException e) {
      checks.rule(field, false, "must be a date as yyyy-MM-dd (got '" + value + "')");
      return null;
    }
  }

  /** A list of distinct texts; absent is empty. */
  public List<String> list(String field) {
    Object value = values.get(field);
    try {
      return new ArrayList<>(new LinkedHashSet<>(listOf(value)));
    } catch (IllegalArgumentException e) {
      checks.rule(field, false, "must be a list of texts, e.g. [\"CHG-1\",\"CHG-2\"] (got '" + value + "')");
      return null;
    }
  }

  private static List<String> listOf(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof SpinJsonNode node) {
      return fromJson(node.toString());
    }
    if (value instanceof Collection<?> items) {
      List<String> texts = new ArrayList<>();
      for (Object item : items) {
        if (!(item instanceof String text) || text.isBlank()) {
          throw new IllegalArgumentException("not a text: " + item);
        }
        texts.add(text.trim());
      }
      return texts;
    }
    if (value instanceof String text) {
      String trimmed = text.trim();
      if (trimmed.startsWith("[")) {
        return fromJson(trimmed);
      }
      return trimmed.isEmpty() ? List.of()
          : Arrays.stream(trimmed.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
    throw new IllegalArgumentException("not a list: " + value);
  }

  private static List<String> fromJson(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      if (!node.isArray()) {
        throw new IllegalArgumentException("not a JSON array");
      }
      List<String> texts = new ArrayList<>();
      for (JsonNode item : node) {
        if (!item.isTextual() || item.asText().isBlank()) {
          throw new IllegalArgumentException("not a text: " + item);
        }
        texts.add(item.asText().trim());
      }
      return texts;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON", e);
    }
  }
}
