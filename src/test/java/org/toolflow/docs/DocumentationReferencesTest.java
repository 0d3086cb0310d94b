package org.toolflow.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** README.md and docs/ name only classes, properties, endpoints and files that exist. */
class DocumentationReferencesTest {

  private final DocumentationReferences references =
      new DocumentationReferences(new ProjectNames(Path.of("").toAbsolutePath()));

  @Test
  void theDocumentationNamesOnlyWhatExists() {
    List<Path> pages = references.pages();
    assertThat(pages).as("README.md and the pages under docs/").hasSizeGreaterThan(1);

    List<String> problems = pages.stream().flatMap(page -> references.problemsOf(page).stream()).toList();

    assertThat(problems).as("names in the documentation that the project does not have").isEmpty();
  }

  @Test
  void aMadeUpNameIsFoundWithItsFileAndLine() {
    Path readme = Path.of("").toAbsolutePath().resolve("README.md");
    List<String> lines = List.of(
        "Times come from `EngineClock` and `TestClock`; `toolflow.reminders.after` is read by `TaskDeadlines.dueDate()`.",
        "Hold with `POST /api/changes/{key}/hold`; the model is `processes/release.bpmn`, under the [licence](LICENSE).",
        "The `NonexistentWidgetService` reads `toolflow.imaginary.setting`, `toolflow.rt.imaginary-timeout`"
            + " and `-Dtoolflow.imaginary.switch=true`.",
        "It answers `GET /api/imaginary/{id}` from `processes/imaginary.bpmn`, see [nowhere](docs/nowhere.md).",
        "`ToolRegistry.vanish(key)` and `org.toolflow.imaginary.Thing`; [a heading](README.md#no-such-heading).",
        "A span that starts with `GET",
        "/api/imaginary` on one line and ends on the next.");

    List<String> problems = references.problemsOf(readme, lines);

    assertThat(problems).containsExactly(
        "README.md:3: no class or model name `NonexistentWidgetService`",
        "README.md:3: no property `toolflow.imaginary.setting`",
        "README.md:3: no property `toolflow.rt.imaginary-timeout`",
        "README.md:3: no build switch `toolflow.imaginary.switch`",
        "README.md:4: no endpoint `/api/imaginary/{id}`",
        "README.md:4: no file `processes/imaginary.bpmn`",
        "README.md:4: link to a missing file `docs/nowhere.md`",
        "README.md:5: no method `ToolRegistry.vanish`",
        "README.md:5: no class `org.toolflow.imaginary.Thing`",
        "README.md:5: link to a missing heading `README.md#no-such-heading`",
        "README.md:6: a code span runs over the end of the line, so its names go unchecked",
        "README.md:7: a code span runs over the end of the line, so its names go unchecked");
  }
}
