package org.toolflow.audit;

import java.time.Instant;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** A variable as it was written at one moment, shown as text (JSON values as their JSON). */
record VariableValue(String name, String type, String value, Instant time) {

  static final int MAX_LENGTH = 500;

  static VariableValue of(HistoricVariableUpdate update) {
    return new VariableValue(update.getVariableName(), update.getTypeName(), text(update), Times.of(update.getTime()));
  }

  String summary() {
    return name + "=" + (value == null ? "null" : value);
  }

  static String summary(java.util.List<VariableValue> values) {
    return String.join("; ", values.stream().map(VariableValue::summary).toList());
  }

  private static String text(HistoricVariableUpdate update) {
    if (update.getErrorMessage() != null) {
      return "(unreadable: " + update.getErrorMessage() + ")";
    }
    TypedValue typed = update.getTypedValue();
    Object raw = typed instanceof SerializableValue serializable && !serializable.isDeserialized()
        ? serializable.getValueSerialized() : update.getValue();
    if (raw == null) {
      return null;
    }
    if (raw instanceof byte[] bytes) {
      return "(" + bytes.length + " bytes)";
    }
    String text = raw instanceof java.util.Date date ? date.toInstant().toString() : String.valueOf(raw);
    return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text;
  }
}
