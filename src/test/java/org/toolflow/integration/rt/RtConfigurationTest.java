package org.toolflow.integration.rt;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.toolflow.integration.TestTimeouts;

class RtConfigurationTest {

  @Test
  void anAddressWithoutATokenStopsTheStartWithTheNamesOfBothProperties() {
    assertThatThrownBy(() -> new RtConfiguration().rtTickets(new RtProperties("https://rt.example.org", " ", Map.of()),
        TestTimeouts.SHORT, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("toolflow.rt.base-url").hasMessageContaining("toolflow.rt.token");
  }

  @Test
  void anEmptyStatusNameStopsTheStartNamingTheProperty() {
    assertThatThrownBy(() -> new RtConfiguration().rtTickets(new RtProperties(null, null,
        Map.of(RtStatus.IN_PROGRESS, " ")), TestTimeouts.SHORT, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("toolflow.rt.statuses.in-progress").hasMessageContaining("'open'");
  }
}
