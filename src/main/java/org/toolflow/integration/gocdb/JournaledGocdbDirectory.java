package org.toolflow.integration.gocdb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.journal.Journaling;
import org.toolflow.integration.journal.OutsideAction;

/**
 * The one {@link GocdbDirectory}: every look-up journaled, under the process step that made it; live when GOCDB is
 * configured. A dry run answers that the host is registered and has a declared downtime, marked as dry-run, so
 * processes that wait for a person to register or declare it in GOCDB go on.
 */
class JournaledGocdbDirectory implements GocdbDirectory {

  static final String SYSTEM = "gocdb";
  static final String DRY_RUN = "dry-run";

  private final GocdbDirectory live;
  private final Journaling journaling;
  private final Clock clock;

  /** {@code live} null means dry-run. */
  JournaledGocdbDirectory(GocdbDirectory live, Journaling journaling, Clock clock) {
    this.live = live;
    this.journaling = journaling;
    this.clock = clock;
  }

  @Override
  public List<ServiceEndpoint> findServiceEndpoints(String hostname) {
    OutsideAction action = action("get_service_endpoint", hostname, Map.of("method", "get_service_endpoint", "hostname", hostname));
    return journaling.read(action, () -> live != null ? live.findServiceEndpoints(hostname)
            : List.of(new ServiceEndpoint(journaling.dryRunId(), hostname, DRY_RUN, DRY_RUN, "https://" + hostname, true, true)),
        found -> found.size() + " found" + (found.isEmpty() ? "" : ": "
            + found.stream().map(se -> se.primaryKey() + " " + se.serviceType() + " at " + se.siteName())
            .collect(Collectors.joining(", "))));
  }

  @Override
  public List<Downtime> findDowntimes(String hostname) {
    OutsideAction action = action("get_downtime", hostname, Map.of("method", "get_downtime", "topentity", hostname));
    return journaling.read(action, () -> live != null ? live.findDowntimes(hostname) : List.of(dryRunDowntime(hostname)),
        found -> found.size() + " found" + (found.isEmpty() ? "" : ": "
            + found.stream().map(dt -> dt.primaryKey() + " " + dt.severity() + " " + dt.start() + "–" + dt.end())
            .collect(Collectors.joining(", "))));
  }

  private Downtime dryRunDowntime(String hostname) {
    Instant now = clock.instant();
    return new Downtime(journaling.dryRunId(), hostname, "WARNING", "SCHEDULED",
        "dry run: GOCDB is not configured", now, now.plus(Duration.ofDays(1)));
  }

  private OutsideAction action(String operation, String hostname, Object request) {
    return new OutsideAction(SYSTEM, operation, "host " + hostname, request, live == null, ActionContext.ofRunningStep());
  }
}
