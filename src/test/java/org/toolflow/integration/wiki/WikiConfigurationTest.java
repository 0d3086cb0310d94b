package org.toolflow.integration.wiki;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.toolflow.integration.TestTimeouts;

class WikiConfigurationTest {

  @Test
  void anAddressWithoutALoginStopsTheStartWithTheNamesOfTheProperties() {
    assertThatThrownBy(() -> new WikiConfiguration().wikiPages(
        new WikiProperties("https://wiki.example.org/w", "ToolFlow@publisher", ""), TestTimeouts.SHORT, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("toolflow.wiki.username").hasMessageContaining("toolflow.wiki.password");
  }
}
