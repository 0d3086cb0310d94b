package org.toolflow.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void aPageStartsAtItsNumberTimesItsSize() {
    List<FieldProblem> problems = new ArrayList<>();
    assertThat(PageRequest.of(3, 50, problems).firstRow()).isEqualTo(150);
    assertThat(problems).isEmpty();
  }

  @Test
  void outOfRangeValuesAreNamedWithWhatIsAllowed() {
    List<FieldProblem> problems = new ArrayList<>();
    PageRequest.of(-1, 0, problems);
    assertThat(problems).containsExactly(
        new FieldProblem("size", "must be a whole number from 1 to 200"),
        new FieldProblem("page", "must be a whole number from 0 to " + Integer.MAX_VALUE / 200));
  }

  @Test
  void aPageWhoseFirstRowWouldOverflowIsRefused() {
    List<FieldProblem> problems = new ArrayList<>();
    PageRequest.of(Integer.MAX_VALUE / 100 + 1, 100, problems);
    assertThat(problems).extracting(FieldProblem::field).containsExactly("page");
  }
}
