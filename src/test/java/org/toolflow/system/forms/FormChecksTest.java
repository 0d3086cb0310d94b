package org.toolflow.system.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.toolflow.system.web.FieldProblem;
import org.toolflow.system.web.InvalidInputException;

class FormChecksTest {

  @ParameterizedTest
  @ValueSource(strings = {"name@example.org", "first.last+tag@sub.example.co.uk", "o'neil@example.ie"})
  void emailAddressesAreAccepted(String value) {
    assertThat(problems("email", value, field -> field.email())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"name", "name@", "@example.org", "name@localhost", "a b@example.org", "name@example"})
  void notEmailAddressesAreRefused(String value) {
    assertThat(problems("email", value, field -> field.email())).singleElement()
        .satisfies(problem -> assertThat(problem.message()).startsWith("must be an e-mail address"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org", "http://example.org:8080/a?b=c#d", "HTTPS://EXAMPLE.ORG/x"})
  void webAddressesAreAccepted(String value) {
    assertThat(problems("url", value, field -> field.url())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.org", "ftp://example.org", "http://", "javascript:alert(1)", "https://exa mple.org",
      "mailto:a@example.org", "file:///etc/passwd"})
  void otherAddressesAreRefused(String value) {
    assertThat(problems("url", value, field -> field.url())).singleElement()
        .satisfies(problem -> assertThat(problem.message()).startsWith("must be a web address starting with http"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+421 2 1234 5678", "+1 (555) 010-0199", "+31.20.123.4567", "+4930123456"})
  void internationalPhoneNumbersAreAccepted(String value) {
    assertThat(problems("phone", value, field -> field.phone())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0900 123 456", "+0 123 4567", "+12 345", "+421 2 1234 5678 9999 99", "phone me"})
  void otherPhoneNumbersAreRefused(String value) {
    assertThat(problems("phone", value, field -> field.phone())).singleElement()
        .satisfies(problem -> assertThat(problem.message()).startsWith("must be an international phone number"));
  }

  @Test
  void aUrlInADomainIncludesItsSubdomainsOnly() {
    assertThat(problems("u", "https://tool.egi.eu/x", field -> field.urlInDomain("egi.eu"))).isEmpty();
    assertThat(problems("u", "https://egi.eu", field -> field.urlInDomain("egi.eu"))).isEmpty();
    assertThat(problems("u", "https://notegi.eu", field -> field.urlInDomain("egi.eu"))).hasSize(1);
    assertThat(problems("u", "https://egi.eu.example.org", field -> field.urlInDomain("egi.eu"))).hasSize(1);
  }

  @Test
  void anAbsentOptionalFieldIsNotCheckedAndARequiredOneIsReportedOnce() {
    Map<String, Object> values = new HashMap<>();
    values.put("blank", "  ");
    FormChecks checks = FormChecks.of(values);

    checks.field("optional").url().email();
    checks.field("blank").required().url().maxLength(3);
    checks.field("missing").required();

    assertThat(checks.problems()).containsExactly(new FieldProblem("blank", "is required"),
        new FieldProblem("missing", "is required"));
  }

  @Test
  void aValueOfTheWrongTypeIsRefusedLikeABadOne() {
    assertThat(problems("flag", Boolean.TRUE, field -> field.oneOf(List.of("yes", "no")))).singleElement()
        .satisfies(problem -> assertThat(problem.message()).isEqualTo("must be one of yes, no (got 'true')"));
  }

  @Test
  void longValuesAreShortenedInTheMessage() {
    String value = "x".repeat(100);

    assertThat(problems("key", value, field -> field.matches(Pattern.compile("^y+$"), "only y")).get(0).message())
        .isEqualTo("must be only y (got '" + "x".repeat(60) + "…')");
  }

  @Test
  void orRejectThrowsEveryProblemAtOnceAndNothingWhenAllIsWell() {
    FormChecks checks = FormChecks.of(Map.of("a", "x", "b", "y"));
    checks.field("a").email();
    checks.field("b").url();
    checks.rule("c", false, "must agree with a");

    assertThatThrownBy(checks::orReject).isInstanceOfSatisfying(InvalidInputException.class, rejected -> {
      assertThat(rejected.problems()).extracting(FieldProblem::field).containsExactly("a", "b", "c");
      assertThat(rejected.getMessage()).startsWith("Invalid input: a: must be an e-mail address")
          .contains("; b: must be a web address", "; c: must agree with a");
      assertThat(rejected.getStatus().getStatusCode()).isEqualTo(400);
    });
    FormChecks fine = FormChecks.of(Map.of("a", "a@example.org"));
    fine.field("a").required().email();
    fine.orReject();
  }

  private static List<FieldProblem> problems(String name, Object value,
      java.util.function.Consumer<FormChecks.Field> check) {
    FormChecks checks = FormChecks.of(Map.of(name, value));
    check.accept(checks.field(name));
    return checks.problems();
  }
}
