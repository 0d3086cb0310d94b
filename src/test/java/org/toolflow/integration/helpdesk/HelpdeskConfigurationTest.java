package org.toolflow.integration.helpdesk;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.toolflow.integration.TestTimeouts;

class HelpdeskConfigurationTest {

  @Test
  void anAddressWithoutATokenStopsTheStartWithTheNamesOfBothProperties() {
    assertThatThrownBy(() -> new HelpdeskConfiguration().helpdeskTickets(
        new HelpdeskProperties("https://helpdesk.example.org", null), TestTimeouts.SHORT, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("toolflow.helpdesk.base-url").hasMessageContaining("toolflow.helpdesk.token");
  }
}
