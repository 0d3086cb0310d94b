package org.toolflow.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.toolflow.system.forms.FormChecks;

/**
 * Values as Tasklist, the engine REST API, ToolFlow's API or Java code submit them: text, true/false as boolean or
 * text, dates as {@code yyyy-MM-dd}, lists as a JSON array (a Tasklist checklist), a Java list or comma-separated text.
 * Each reader notes a problem on the checks and answers null when the value is unreadable.
 */
final class SubmittedValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Object> values;
  private final FormChecks checks;
  private final ZoneId days;

  /** {@code days}: the zone in which a submitted instant ({@link Date}) falls on a calendar day. */
  SubmittedValues(Map<String, Object> values, FormChecks checks, ZoneId days) {
    this.values = values;
    this.checks = checks;
    this.days = days;
  }

  String text(String field) {
    Object value = values.get(field);
    return value instanceof String text && !text.isBlank() ? text.trim() : null;
  }

  /** Absent is {@code fallback}. */
  Boolean bool(String field, Boolean fallback) {
    Object value = values.get(field);
    if (value == null || value instanceof String blank && blank.isBlank()) {
      return fallback;
    }
    if (value instanceof Boolean flag) {
      return flag;
    }
    if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
      return Boolean.valueOf(text.trim());
    }
    checks.rule(field, false, "must be true or false (got '" + value + "')");
    return null;
  }

  LocalDate date(String field, boolean required) {
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
  List<String> list(String field) {
    Object value = values.get(field);
    try {
      return new ArrayList<>(new LinkedHashSet<>(listOf(value)));
    } catch (IllegalArgumentException e) {
      checks.rule(field, false, "must be a list of texts, e.g. [\"CHG-1\",\"CHG-2\"] (got '" + value + "')");
      return null;
    }
  }

  /** How a list is kept as a variable: JSON, which Tasklist forms read and write as they are. */
  static JsonValue jsonList(Collection<?> items) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(items)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a list as JSON", e);
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
