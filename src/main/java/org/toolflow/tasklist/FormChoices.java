package org.toolflow.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.toolflow.change.ChangeRecord;
import org.toolflow.change.ChangeRecords;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;
import org.toolflow.tools.ToolStatus;

/**
 * Fills the choices of a Camunda Form with what ToolFlow holds now. A field asks for them with the custom property
 * {@code "toolflow:options"}: {@code "active-tools"} (ACTIVE tools), {@code "tools-in-service"} (ONBOARDING and ACTIVE
 * tools) or {@code "changes-in-flight"} (changes that can still be put on hold or resumed); its {@code values} in the
 * form file stay empty.
 */
@Component
class FormChoices {

  static final String PROPERTY = "toolflow:options";
  static final String ACTIVE_TOOLS = "active-tools";
  static final String TOOLS_IN_SERVICE = "tools-in-service";
  static final String CHANGES_IN_FLIGHT = "changes-in-flight";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Consumer<ArrayNode>> sources;

  FormChoices(ToolRegistry registry, ChangeRecords changes) {
    this.sources = Map.of(
        ACTIVE_TOOLS, values -> tools(values, registry, false),
        TOOLS_IN_SERVICE, values -> tools(values, registry, true),
        CHANGES_IN_FLIGHT, values -> changes(values, changes));
  }

  /** The form with every marked field's options filled; a form without such a field comes back unchanged. */
  byte[] fill(byte[] form) throws IOException {
    JsonNode root = JSON.readTree(form);
    if (!(root instanceof ObjectNode) || !fillComponents(root.path("components"))) {
      return form;
    }
    return JSON.writeValueAsBytes(root);
  }

  private boolean fillComponents(JsonNode components) {
    boolean filled = false;
    for (JsonNode component : components) {
      Consumer<ArrayNode> source = sources.get(component.path("properties").path(PROPERTY).asText());
      if (source != null) {
        ArrayNode values = JSON.createArrayNode();
        source.accept(values);
        ((ObjectNode) component).set("values", values);
        filled = true;
      }
      // Groups and dynamic lists hold components of their own.
      filled |= fillComponents(component.path("components"));
    }
    return filled;
  }

  private static void tools(ArrayNode values, ToolRegistry registry, boolean onboardingToo) {
    List<Tool> tools = new ArrayList<>(registry.listByStatus(ToolStatus.ACTIVE));
    if (onboardingToo) {
      tools.addAll(registry.listByStatus(ToolStatus.ONBOARDING));
    }
    tools.sort(Comparator.comparing(Tool::key));
    for (Tool tool : tools) {
      values.addObject().put("label", tool.name() + " (" + tool.key() + ")").put("value", tool.key());
    }
  }

  private static void changes(ArrayNode values, ChangeRecords changes) {
    for (ChangeRecord change : changes.holdableOrHeld()) {
      values.addObject().put("label", change.key() + ": " + change.title() + " (" + change.status().label() + ")")
          .put("value", change.key());
    }
  }
}
