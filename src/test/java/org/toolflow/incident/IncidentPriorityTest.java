package org.toolflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IncidentPriorityTest {

  @Test
  void readsTheGgusNamesAndZammadsDefaults() {
    assertThat(IncidentPriority.parse("top priority")).contains(IncidentPriority.TOP_PRIORITY);
    assertThat(IncidentPriority.parse("Very Urgent")).contains(IncidentPriority.VERY_URGENT);
    assertThat(IncidentPriority.parse("1 low")).contains(IncidentPriority.LESS_URGENT);
    assertThat(IncidentPriority.parse("2 normal")).contains(IncidentPriority.URGENT);
    assertThat(IncidentPriority.parse("3 high")).contains(IncidentPriority.VERY_URGENT);
    assertThat(IncidentPriority.parse("someday")).isEmpty();
    assertThat(IncidentPriority.parse(null)).isEmpty();
  }
}
