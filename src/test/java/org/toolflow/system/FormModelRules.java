package org.toolflow.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a Camunda Form must satisfy to render in the 7.24 Tasklist (form-js 1.8.7) and to be found by
 * {@code camunda:formRef}. Problems name the file and the component.
 */
final class FormModelRules {

  static final int MAX_SCHEMA_VERSION = 16;

  // The component types form-js 1.8.7 registers (read from the Tasklist 7.24 bundle); "default" is the form itself.
  static final Set<String> FORM_JS_1_8_TYPES = Set.of(
      "textfield", "textarea", "number", "datetime", "select", "radio", "checkbox", "checklist", "taglist",
      "text", "html", "image", "iframe", "table", "expression", "spacer", "separator", "group", "dynamiclist",
      "button");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String file;
  private final String expectedId;
  private final JsonNode form;
  private final String parseError;

  private FormModelRules(String file, JsonNode form, String parseError) {
    this.file = file;
    this.expectedId = file.replaceFirst("\\.form$", "");
    this.form = form;
    this.parseError = parseError;
  }

  static FormModelRules of(Path formFile) throws IOException {
    String file = formFile.getFileName().toString();
    String text = Files.readString(formFile);
    try {
      return new FormModelRules(file, JSON.readTree(text), null);
    } catch (JsonProcessingException e) {
      return new FormModelRules(file, null, e.getOriginalMessage() + " at line " + e.getLocation().getLineNr());
    }
  }

  List<String> problems() {
    if (parseError != null) {
      return invalidJson();
    }
    List<String> problems = new ArrayList<>();
    problems.addAll(idNotFileName());
    problems.addAll(schemaTooNew());
    problems.addAll(unknownComponents());
    return problems;
  }

  List<String> invalidJson() {
    return parseError == null ? List.of() : List.of(file + ": not valid JSON: " + parseError);
  }

  List<String> idNotFileName() {
    if (form == null || expectedId.equals(form.path("id").asText(null))) {
      return List.of();
    }
    return List.of(file + ": \"id\" is '" + form.path("id").asText("") + "' but must be '" + expectedId
        + "', the file name, which camunda:formRef uses");
  }

  List<String> schemaTooNew() {
    if (form == null) {
      return List.of();
    }
    JsonNode version = form.path("schemaVersion");
    if (version.isInt() && version.asInt() <= MAX_SCHEMA_VERSION) {
      return List.of();
    }
    return List.of(file + ": \"schemaVersion\" is " + version + "; Tasklist 7.24 (form-js 1.8.7) reads at most "
        + MAX_SCHEMA_VERSION + ", so set Camunda Platform 7.24 as the form's execution platform in Modeler");
  }

  List<String> unknownComponents() {
    List<String> problems = new ArrayList<>();
    if (form != null) {
      collectUnknown(form.path("components"), problems);
    }
    return problems;
  }

  private void collectUnknown(JsonNode components, List<String> problems) {
    for (JsonNode component : components) {
      String type = component.path("type").asText("");
      if (!FORM_JS_1_8_TYPES.contains(type)) {
        problems.add(file + ": component " + component.path("id").asText("(no id)") + " has type '" + type
            + "', which form-js 1.8.7 in Tasklist 7.24 does not render");
      }
      collectUnknown(component.path("components"), problems);
    }
  }
}
