package org.toolflow.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A fresh database for one run, the arguments that point ToolFlow at it, and what the database itself counts. */
interface BenchDatabase extends AutoCloseable {

  String name();

  /** Spring arguments for ToolFlow and the seeding step. */
  List<String> arguments();

  /** Version and the settings that decide what a commit costs. */
  Map<String, Object> describe();

  /** Counters kept by the database server (empty where it keeps none that another process can read). */
  Map<String, Long> serverCounters();

  /** The statements that took the most database time between two {@link #statementTimes()} snapshots. */
  default Map<String, double[]> statementTimes() {
    return Map.of();
  }

  /** CPU time of the database server's processes (zero when it runs inside ToolFlow's JVM). */
  Duration serverCpu();

  @Override
  void close();

  static BenchDatabase create(String name, Path directory) {
    return switch (name) {
      case "h2" -> new H2Files(directory);
      case "postgres" -> PostgresServer.start(directory);
      default -> throw new IllegalArgumentException("bench.databases: h2 or postgres, not " + name);
    };
  }
}
