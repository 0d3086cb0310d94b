package org.toolflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.toolflow.system.forms.FormChecks;
import org.toolflow.system.web.FieldProblem;

/** The server's checks of the release forms that are more than "required". */
class ReleaseFormRulesTest {

  private static List<FieldProblem> problems(java.util.function.Consumer<FormChecks> rule, Map<String, Object> values) {
    FormChecks checks = FormChecks.of(values);
    rule.accept(checks);
    return checks.problems();
  }

  @ParameterizedTest
  @ValueSource(strings = {"v2.4.0", "2.4.0", "release/2.4", "v2.4.0-rc1", "a"})
  void gitTagsAreAccepted(String tag) {
    assertThat(problems(ReleaseFormRules::development, Map.of("releaseTag", tag))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"v2..4", "-v2", "v2/", "v2.lock", "v 2", "release//2", "v2."})
  void whatGitRefusesAsATagIsRefused(String tag) {
    assertThat(problems(ReleaseFormRules::development, Map.of("releaseTag", tag)))
        .extracting(FieldProblem::field).containsExactly("releaseTag");
  }

  @Test
  void rollbackStepsNeedAtLeastTwoStepsOnTheirOwnLines() {
    assertThat(problems(c -> ReleaseFormRules.rollbackSteps(c, "Reinstall 2.3"), Map.of("rollbackSteps",
        "Reinstall 2.3"))).singleElement().satisfies(p -> {
          assertThat(p.field()).isEqualTo("rollbackSteps");
          assertThat(p.message()).contains("at least 2 steps");
        });
    String steps = "1. Stop the service\n2. Reinstall 2.3.1 from the UMD repository\n3. Start the service";
    assertThat(problems(c -> ReleaseFormRules.rollbackSteps(c, steps), Map.of("rollbackSteps", steps))).isEmpty();
  }

  @Test
  void documentationLinksAreWebAddressesOnePerLine() {
    Map<String, Object> values = notes("https://docs.egi.eu/tool\nftp://old.example.org/manual");

    assertThat(problems(c -> ReleaseFormRules.releaseNotes(c, (String) values.get("documentationLinks")), values))
        .extracting(FieldProblem::field).containsExactly("documentationLinks");
    Map<String, Object> good = notes("https://docs.egi.eu/tool\nhttps://github.com/x/y/wiki");
    assertThat(problems(c -> ReleaseFormRules.releaseNotes(c, (String) good.get("documentationLinks")), good)).isEmpty();
  }

  @Test
  void aFailedTestNeedsToSayWhatFailed() {
    Map<String, Object> values = Map.of("teamTestResult", "fail", "teamTestReportUrl", "https://ci.example.org/42");

    assertThat(problems(c -> ReleaseFormRules.testReport(c, "teamTestResult", "teamTestReportUrl", "teamTestSummary",
        true), values)).extracting(FieldProblem::field).containsExactly("teamTestSummary");
  }

  private static Map<String, Object> notes(String links) {
    Map<String, Object> values = new HashMap<>();
    values.put("changelog", "Fixed the login page");
    values.put("installationSteps", "yum update tool");
    values.put("documentationLinks", links);
    values.put("testPlan", "Log in, log out");
    values.put("conformanceInfo", "Meets the UMD quality criteria");
    return values;
  }
}
