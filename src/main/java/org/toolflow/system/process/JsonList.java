package org.toolflow.system.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** How a list is kept as a process variable: JSON, which Tasklist forms read and write as they are. */
public final class JsonList {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonList() {
  }

  public static JsonValue of(Collection<?> items) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(items)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a list as JSON", e);
    }
  }
}
