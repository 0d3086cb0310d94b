package org.toolflow.bench.server;

import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/** {@code GET /actuator/benchsql}: the SQL counters since start, for the benchmark client to take differences. */
@Endpoint(id = "benchsql")
public final class SqlCountEndpoint {

  private final SqlCounters counters;

  SqlCountEndpoint(SqlCounters counters) {
    this.counters = counters;
  }

  @ReadOperation
  public Map<String, Map<String, Long>> counts() {
    return counters.snapshot();
  }
}
