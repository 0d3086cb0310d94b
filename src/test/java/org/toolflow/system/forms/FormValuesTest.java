package org.toolflow.system.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.toolflow.system.web.FieldProblem;

class FormValuesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  @Test
  void textIsTrimmedAndBlankIsAbsent() {
    FormChecks checks = FormChecks.of(Map.of());
    FormValues in = new FormValues(Map.of("title", "  Upgrade  ", "comment", "   "), checks);

    assertThat(in.requiredText("title", 200)).isEqualTo("Upgrade");
    assertThat(in.text("comment", 200)).isNull();
    assertThat(checks.problems()).isEmpty();
  }

  @Test
  void eachBadValueIsOneProblemInTheWordingOfTheChecks() {
    Map<String, Object> values = new HashMap<>();
    values.put("title", "x".repeat(201));
    values.put("count", 7);
    values.put("impact", "enormous");
    values.put("urgent", "maybe");
    values.put("priority", "9");
    values.put("due", "10.03.2026");
    values.put("since", "2026-03-09");
    FormChecks checks = FormChecks.of(values);
    FormValues in = new FormValues(values, checks);

    assertThat(in.requiredText("title", 200)).isNull();
    assertThat(in.requiredText("missing", 200)).isNull();
    assertThat(in.text("count", 10)).isNull();
    assertThat(in.choice("impact", List.of("low", "high"), true)).isNull();
    assertThat(in.bool("urgent")).isNull();
    assertThat(in.requiredWholeNumber("priority", 0, 4)).isNull();
    assertThat(in.date("due", TODAY)).isNull();
    assertThat(in.date("since", TODAY)).isNull();

    assertThat(checks.problems()).containsExactly(
        new FieldProblem("title", "must be at most 200 characters long (got '" + "x".repeat(60) + "…')"),
        new FieldProblem("missing", "is required"),
        new FieldProblem("count", "must be text"),
        new FieldProblem("impact", "must be one of low, high (got 'enormous')"),
        new FieldProblem("urgent", "must be true or false (got 'maybe')"),
        new FieldProblem("priority", "must be a whole number from 0 to 4 (got '9')"),
        new FieldProblem("due", "must be a date as yyyy-MM-dd (got '10.03.2026')"),
        new FieldProblem("since", "must not be in the past (got 2026-03-09)"));
  }

  @Test
  void valuesAreReadAsFormsAndJsonClientsSendThem() {
    Map<String, Object> values = Map.of("urgent", "TRUE", "flag", false, "priority", 3.0, "level", " 2 ",
        "due", "2026-03-10", "impact", "high");
    FormChecks checks = FormChecks.of(values);
    FormValues in = new FormValues(values, checks);

    assertThat(in.bool("urgent")).isTrue();
    assertThat(in.bool("flag")).isFalse();
    assertThat(in.bool("absent")).isNull();
    assertThat(in.requiredWholeNumber("priority", 0, 4)).isEqualTo(3);
    assertThat(in.requiredWholeNumber("level", 0, 4)).isEqualTo(2);
    assertThat(in.date("due", TODAY)).isEqualTo(TODAY);
    assertThat(in.choice("impact", List.of("low", "high"), true)).isEqualTo("high");
    assertThat(in.choice("absent", List.of("low", "high"), false)).isNull();
    assertThat(checks.problems()).isEmpty();
  }

  @Test
  void listsComeAsJsonArrayJavaListOrCommaSeparatedTextWithoutRepeats() {
    Map<String, Object> values = new HashMap<>();
    values.put("checklist", "[\"CHG-1\", \"CHG-2\", \"CHG-1\"]");
    values.put("java", List.of(" CHG-3 ", "CHG-4"));
    values.put("typed", "CHG-5, CHG-6,");
    values.put("broken", "[1, 2]");
    FormChecks checks = FormChecks.of(values);
    FormValues in = new FormValues(values, checks);

    assertThat(in.list("checklist")).containsExactly("CHG-1", "CHG-2");
    assertThat(in.list("java")).containsExactly("CHG-3", "CHG-4");
    assertThat(in.list("typed")).containsExactly("CHG-5", "CHG-6");
    assertThat(in.list("absent")).isEmpty();
    assertThat(in.list("broken")).isNull();
    assertThat(checks.problems()).extracting(FieldProblem::field).containsExactly("broken");
  }

  @Test
  void aDateMayBeRequiredAndAnInstantCountsByItsDayInTheGivenZone() {
    Map<String, Object> values = new HashMap<>();
    values.put("at", Date.from(Instant.parse("2026-03-09T23:30:00Z")));
    values.put("old", "2020-01-31");
    FormChecks checks = FormChecks.of(values);
    FormValues in = new FormValues(values, checks, ZoneId.of("Europe/Amsterdam"));

    assertThat(in.date("at", true)).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(in.date("old", true)).isEqualTo(LocalDate.of(2020, 1, 31));
    assertThat(in.date("optional", false)).isNull();
    assertThat(in.date("required", true)).isNull();
    assertThat(checks.problems()).extracting(FieldProblem::field).containsExactly("required");
  }

  @Test
  void anAbsentFlagIsTheFallbackAndTextIsLenient() {
    Map<String, Object> values = new HashMap<>();
    values.put("flag", " ");
    values.put("number", 7);
    FormChecks checks = FormChecks.of(values);
    FormValues in = new FormValues(values, checks);

    assertThat(in.bool("flag", Boolean.FALSE)).isFalse();
    assertThat(in.bool("absent", Boolean.TRUE)).isTrue();
    assertThat(in.text("number")).isNull();
    assertThat(checks.problems()).isEmpty();
  }
}
