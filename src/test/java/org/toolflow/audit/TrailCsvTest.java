package org.toolflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrailCsvTest {

  @Test
  void plainValuesStayAsTheyAre() {
    assertThat(TrailCsv.cell("Task_Assess")).isEqualTo("Task_Assess");
    assertThat(TrailCsv.cell(null)).isEmpty();
    assertThat(TrailCsv.cell("-3")).isEqualTo("-3");
  }

  @Test
  void commasQuotesAndLineBreaksAreQuotedWithDoubledQuotes() {
    assertThat(TrailCsv.cell("a, b")).isEqualTo("\"a, b\"");
    assertThat(TrailCsv.cell("say \"yes\"")).isEqualTo("\"say \"\"yes\"\"\"");
    assertThat(TrailCsv.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
  }

  @Test
  void formulasAreKeptAsTextForSpreadsheets() {
    assertThat(TrailCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(TrailCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
  }
}
