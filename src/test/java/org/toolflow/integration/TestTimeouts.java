package org.toolflow.integration;

import java.time.Duration;

/** Timeouts for adapters pointed at local stub servers: generous, since a cold stub server on a busy machine is slow. */
public final class TestTimeouts {

  public static final ConnectorProperties SHORT = new ConnectorProperties(Duration.ofSeconds(5), Duration.ofSeconds(10));

  private TestTimeouts() {
  }
}
