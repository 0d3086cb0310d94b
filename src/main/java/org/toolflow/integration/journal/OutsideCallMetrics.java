package org.toolflow.integration.journal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.toolflow.integration.RemoteRefusedException;
import org.toolflow.integration.RemoteUnavailableException;

/**
 * Times every call ToolFlow makes to an outside system, as {@code toolflow_outside_calls_seconds} by system and
 * outcome: {@code live}, {@code dry-run}, {@code refused} (the system said no), {@code unavailable} (worth a
 * retry) or {@code failed} (anything else). Answers replayed from the journal are no call and are not timed.
 */
@Component
class OutsideCallMetrics {

  static final String NAME = "toolflow.outside.calls";
  // The systems of the journaled adapters, registered up front so a dashboard shows zeros, not gaps.
  static final List<String> SYSTEMS = List.of("rt", "helpdesk", "gocdb", "wiki", "mail", "forge");
  static final List<String> OUTCOMES = List.of("live", "dry-run", "refused", "unavailable", "failed");
  private static final Duration[] BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
      Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
      Duration.ofSeconds(10), Duration.ofSeconds(30)};

  private final MeterRegistry registry;

  OutsideCallMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (String system : SYSTEMS) {
      OUTCOMES.forEach(outcome -> timer(system, outcome));
    }
  }

  <T> T time(OutsideAction action, Supplier<T> call) {
    Timer.Sample sample = Timer.start(registry);
    String outcome = action.dryRun() ? "dry-run" : "live";
    try {
      return call.get();
    } catch (RemoteRefusedException refused) {
      outcome = "refused";
      throw refused;
    } catch (RemoteUnavailableException unavailable) {
      outcome = "unavailable";
      throw unavailable;
    } catch (RuntimeException other) {
      outcome = "failed";
      throw other;
    } finally {
      sample.stop(timer(action.system(), outcome));
    }
  }

  private Timer timer(String system, String outcome) {
    return Timer.builder(NAME)
        .description("Calls to outside systems, by system and outcome")
        .tags("system", system, "outcome", outcome)
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }
}
