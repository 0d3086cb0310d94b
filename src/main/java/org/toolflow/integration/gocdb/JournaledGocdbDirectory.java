package org.toolflow.integration.gocdb;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.journal.Journaling;
import org.toolflow.integration.journal.OutsideAction;

/**
 * The one {@link GocdbDirectory}: every look-up journaled, under the process step that made it; live when GOCDB is
 * configured. A dry run answers what GOCDB would once the person did their part in its portal, marked as dry-run:
 * the host is registered, and its downtime is the one the process asked to declare (same severity, classification,
 * start and end). So processes that wait for a person to register or declare something in GOCDB go on.
 */
class JournaledGocdbDirectory implements GocdbDirectory {

  static final String SYSTEM = "gocdb";
  static final String DRY_RUN = "dry-run";

  private final GocdbDirectory live;
  private final Journaling journaling;
  /** {@code live} null means dry-run. */
  JournaledGocdbDirectory(GocdbDirectory live, Journaling journaling) {
    this.live = live;
    this.journaling = journaling;
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
  public List<Downtime> findDowntimes(DeclaredDowntime declared) {
    String hostname = declared.hostname();
    OutsideAction action = action("get_downtime", hostname, Map.of("method", "get_downtime", "topentity", hostname));
    return journaling.read(action, () -> live != null ? live.findDowntimes(declared) : List.of(dryRunDowntime(declared)),
        found -> found.size() + " found" + (found.isEmpty() ? "" : ": "
            + found.stream().map(dt -> dt.primaryKey() + " " + dt.severity() + " " + dt.start() + "–" + dt.end())
            .collect(Collectors.joining(", "))));
  }

  private Downtime dryRunDowntime(DeclaredDowntime declared) {
    return new Downtime(journaling.dryRunId(), declared.hostname(), declared.severity(), declared.classification(),
        "dry run, GOCDB is not configured: " + declared.description(), declared.start(), declared.end());
  }

  private OutsideAction action(String operation, String hostname, Object request) {
    return new OutsideAction(SYSTEM, operation, "host " + hostname, request, live == null, ActionContext.ofRunningStep());
  }
}
