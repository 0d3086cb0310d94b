package org.toolflow.integration.rt;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.toolflow.integration.TestTimeouts;

class RtConfigurationTest {

  @Test
  void anAddressWithoutATokenStopsTheStartWithTheNamesOfBothProperties() {
    assertThatThrownBy(() -> new RtConfiguration().rtTickets(new RtProperties("https://rt.example.org", " "),
        TestTimeouts.SHORT, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("toolflow.rt.base-url").hasMessageContaining("toolflow.rt.token");
  }
}
