package org.toolflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.toolflow.onboarding.OnboardingVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.toolflow.system.forms.FormChecks;
import org.toolflow.system.forms.SpdxLicences;
import org.toolflow.system.web.FieldProblem;

/** The onboarding forms against the model and the server-side rules: same names, same choices, every field checked. */
class OnboardingFormsTest {

  private static final Set<String> FORM_JS_1_8_COMPONENTS = Set.of("textfield", "textarea", "number", "datetime",
      "select", "radio", "checkbox", "checklist", "taglist", "text", "group");
  private static final OnboardingFormRules RULES = new OnboardingFormRules("egi.eu");
  private static final Map<String, Consumer<FormChecks>> RULES_OF_FORM = Map.ofEntries(
      Map.entry("tool-onboarding-request", RULES::request),
      Map.entry("tool-onboarding-correction", RULES::request),
      Map.entry("tool-onboarding-review", checks -> RULES.review(checks, REJECT)),
      Map.entry("tool-onboarding-tool-url", RULES::toolUrl),
      Map.entry("tool-onboarding-gocdb", RULES::gocdbRegistration),
      Map.entry("tool-onboarding-rt", RULES::rtCategory),
      Map.entry("tool-onboarding-support-unit", RULES::supportUnitDescription),
      Map.entry("tool-onboarding-support-unit-confirmation", RULES::supportUnitConfirmation),
      Map.entry("tool-onboarding-ola-negotiation", RULES::olaNegotiation),
      Map.entry("tool-onboarding-ola-signature", RULES::olaSignature),
      Map.entry("tool-onboarding-acknowledgement", RULES::acknowledgement),
      Map.entry("tool-onboarding-security-policy", RULES::securityPolicy),
      Map.entry("tool-onboarding-email-access", RULES::emailAccess),
      Map.entry("tool-onboarding-wiki-entry", RULES::wikiEntry));

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void theStartEventAndEveryUserTaskHaveAFormWhoseIdIsItsFileName() throws IOException {
    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes", "tool-onboarding.bpmn").toFile());
    List<String> formRefs = new ArrayList<>();
    model.getModelElementsByType(StartEvent.class).forEach(start -> formRefs.add(start.getCamundaFormRef()));
    model.getModelElementsByType(UserTask.class).forEach(task -> formRefs.add(task.getCamundaFormRef()));

    assertThat(formRefs).hasSize(14).doesNotContainNull().containsExactlyInAnyOrderElementsOf(RULES_OF_FORM.keySet());
    for (String formRef : formRefs) {
      JsonNode form = form(formRef);
      assertThat(form.path("id").asText()).isEqualTo(formRef);
      assertThat(form.path("schemaVersion").asInt()).isBetween(1, 16);
      assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
    }
  }

  @Test
  void formsUseOnlyFormJs18ComponentsAndProcessVariableNames() throws IOException {
    Set<String> variables = variableNames();
    for (String formId : RULES_OF_FORM.keySet()) {
      Set<String> ids = new HashSet<>();
      for (JsonNode component : form(formId).path("components")) {
        assertThat(component.path("type").asText()).as("%s component", formId).isIn(FORM_JS_1_8_COMPONENTS);
        assertThat(ids.add(component.path("id").asText())).as("%s: unique id %s", formId, component.path("id")).isTrue();
        if (component.has("key")) {
          assertThat(component.path("key").asText()).as("%s field key", formId).isIn(variables);
        }
      }
    }
  }

  @Test
  void everyFieldAPersonCanEditIsCheckedOnTheServer() throws IOException {
    for (Map.Entry<String, Consumer<FormChecks>> form : RULES_OF_FORM.entrySet()) {
      Map<String, Object> nonsense = new HashMap<>();
      List<String> editable = new ArrayList<>();
      List<String> fields = new ArrayList<>();
      for (JsonNode component : form(form.getKey()).path("components")) {
        if (component.has("key")) {
          fields.add(component.path("key").asText());
        }
        if (component.has("key") && !component.path("disabled").asBoolean()) {
          editable.add(component.path("key").asText());
          nonsense.put(component.path("key").asText(), "?".repeat(5000));
        }
      }
      FormChecks checks = FormChecks.of(nonsense);
      form.getValue().accept(checks);

      assertThat(checks.problems()).extracting(FieldProblem::field).as("fields of %s refused", form.getKey())
          .containsAll(editable).isSubsetOf(fields);
    }
  }

  @Test
  void requiredInTheBrowserIsRequiredOnTheServer() throws IOException {
    for (Map.Entry<String, Consumer<FormChecks>> form : RULES_OF_FORM.entrySet()) {
      List<String> required = new ArrayList<>();
      for (JsonNode component : form(form.getKey()).path("components")) {
        if (component.path("validate").path("required").asBoolean()) {
          required.add(component.path("key").asText());
        }
      }
      FormChecks checks = FormChecks.of(Map.of());
      form.getValue().accept(checks);

      assertThat(checks.problems()).filteredOn(problem -> problem.message().equals("is required"))
          .extracting(FieldProblem::field).as("required fields of %s", form.getKey()).containsAll(required);
    }
  }

  @Test
  void choicesOfferExactlyWhatTheServerAccepts() throws IOException {
    assertThat(values("tool-onboarding-request", LICENCE)).isEqualTo(SpdxLicences.IDS);
    assertThat(values("tool-onboarding-correction", LICENCE)).isEqualTo(SpdxLicences.IDS);
    assertThat(values("tool-onboarding-request", CATEGORY)).isEqualTo(CATEGORIES);
    assertThat(labels("tool-onboarding-request", CATEGORY)).isEqualTo(List.copyOf(CATEGORY_LABELS.values()));
    assertThat(values("tool-onboarding-request", OTAG_WANTED)).isEqualTo(YES_NO);
    assertThat(values("tool-onboarding-request", UMD_DISTRIBUTION)).isEqualTo(YES_NO);
    assertThat(values("tool-onboarding-review", REVIEW_OUTCOME)).isEqualTo(REVIEW_OUTCOMES);
    assertThat(values("tool-onboarding-support-unit", QUALITY_OF_SUPPORT))
        .isEqualTo(OnboardingFormRules.QUALITY_OF_SUPPORT_LEVELS);
    assertThat(component("tool-onboarding-support-unit", QUALITY_OF_SUPPORT).path("defaultValue").asText())
        .isEqualTo("MEDIUM");
    assertThat(values("tool-onboarding-wiki-entry", RELEASE_SCHEDULE)).isEqualTo(RELEASE_SCHEDULES);
    assertThat(component("tool-onboarding-correction", TOOL_KEY).path("disabled").asBoolean())
        .as("the key is fixed once requested").isTrue();
  }

  private List<String> values(String formId, String key) throws IOException {
    List<String> values = new ArrayList<>();
    component(formId, key).path("values").forEach(value -> values.add(value.path("value").asText()));
    return values;
  }

  private List<String> labels(String formId, String key) throws IOException {
    List<String> labels = new ArrayList<>();
    component(formId, key).path("values").forEach(value -> labels.add(value.path("label").asText()));
    return labels;
  }

  private JsonNode component(String formId, String key) throws IOException {
    for (JsonNode component : form(formId).path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError(formId + " has no field " + key);
  }

  private JsonNode form(String formId) throws IOException {
    return json.readTree(Files.readString(Path.of("forms", formId + ".form")));
  }

  private static Set<String> variableNames() {
    Set<String> names = new HashSet<>();
    for (Field field : OnboardingVariables.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          names.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return names;
  }
}
