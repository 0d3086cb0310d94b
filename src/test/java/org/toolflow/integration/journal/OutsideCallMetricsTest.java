package org.toolflow.integration.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.toolflow.integration.RemoteRefusedException;
import org.toolflow.integration.RemoteUnavailableException;

/** Each outside call is timed under its system and what came of it; the call's answer or failure passes unchanged. */
class OutsideCallMetricsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final OutsideCallMetrics metrics = new OutsideCallMetrics(registry);

  @Test
  void everySystemAndOutcomeIsServedBeforeAnyCall() {
    assertThat(registry.find(OutsideCallMetrics.NAME).timers()).hasSize(
        OutsideCallMetrics.SYSTEMS.size() * OutsideCallMetrics.OUTCOMES.size());
  }

  @Test
  void liveAndDryRunCallsAreCountedApart() {
    assertThat(metrics.time(action("rt", false), () -> "42")).isEqualTo("42");
    metrics.time(action("rt", true), () -> "dry-run-1");
    metrics.time(action("rt", true), () -> "dry-run-2");

    assertThat(count("rt", "live")).isEqualTo(1);
    assertThat(count("rt", "dry-run")).isEqualTo(2);
  }

  @Test
  void refusalsUnavailabilityAndOtherFailuresAreCountedAndRethrown() {
    assertThatThrownBy(() -> metrics.time(action("gocdb", false), () -> {
      throw new RemoteRefusedException("GOCDB refused the site name", 400);
    })).isInstanceOf(RemoteRefusedException.class);
    assertThatThrownBy(() -> metrics.time(action("helpdesk", false), () -> {
      throw new RemoteUnavailableException("Zammad answered 503");
    })).isInstanceOf(RemoteUnavailableException.class);
    assertThatThrownBy(() -> metrics.time(action("wiki", false), () -> {
      throw new IllegalStateException("no page title");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(count("gocdb", "refused")).isEqualTo(1);
    assertThat(count("helpdesk", "unavailable")).isEqualTo(1);
    assertThat(count("wiki", "failed")).isEqualTo(1);
    assertThat(count("gocdb", "live")).isZero();
  }

  private long count(String system, String outcome) {
    return registry.get(OutsideCallMetrics.NAME).tags("system", system, "outcome", outcome).timer().count();
  }

  private static OutsideAction action(String system, boolean dryRun) {
    return new OutsideAction(system, "probe", "target", null, dryRun, null);
  }
}
