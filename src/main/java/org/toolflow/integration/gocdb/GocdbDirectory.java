package org.toolflow.integration.gocdb;

import java.util.List;

/** GOCDB's programmatic interface, read only: services cannot be created there by API. */
public interface GocdbDirectory {

  /** {@code get_service_endpoint} by host name; empty while nobody has registered it. */
  List<ServiceEndpoint> findServiceEndpoints(String hostname);

  /** {@code get_downtime} of the declaration's host name, ongoing or to come. */
  List<Downtime> findDowntimes(DeclaredDowntime declared);
}
