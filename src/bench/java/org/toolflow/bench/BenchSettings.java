package org.toolflow.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What one benchmark run measures, from system properties ({@code -Dbench.*}, README "Benchmarks"). A size of 0 takes
 * the mode's default: {@code full} is what the README's figures come from, {@code quick} checks the harness in minutes.
 */
record BenchSettings(String mode, List<String> databases, List<Integer> clients, int secondsPerLevel, int openTasks,
    int finishedInstances, int querySamples, int queryBudgetSeconds, int crashChanges, List<String> serverJvmOptions,
    Path jar, Path extension, Path output) {

  static final String PASSWORD = "bench-secret-password";
  static final String ADMIN = "bench-admin";
  static final String TOOL = "benchtool";
  /** The mode that only kills ToolFlow in the middle of filing changes and restarts it ({@link KillRecovery}). */
  static final String CRASH = "crash";

  static BenchSettings fromSystemProperties() {
    String mode = System.getProperty("bench.mode", "full");
    boolean quick = mode.equals("quick");
    if (!quick && !mode.equals("full") && !mode.equals(CRASH)) {
      throw new IllegalArgumentException("bench.mode is quick, full or crash, not " + mode);
    }
    return new BenchSettings(mode,
        list(System.getProperty("bench.databases", "h2,postgres")),
        list(System.getProperty("bench.clients", "1,4,8,16")).stream().map(Integer::valueOf).toList(),
        size("bench.seconds", quick ? 20 : 60),
        size("bench.open-tasks", quick ? 2_000 : 10_000),
        size("bench.finished-instances", quick ? 10_000 : 100_000),
        size("bench.query-samples", quick ? 40 : 100),
        size("bench.query-budget-seconds", quick ? 60 : 300),
        size("bench.crash-changes", 40),
        List.of(System.getProperty("bench.server-jvm", "-Xmx1g").trim().split("\\s+")),
        Path.of(System.getProperty("bench.jar")),
        Path.of(System.getProperty("bench.extension")),
        Path.of(System.getProperty("bench.output", "target/bench")));
  }

  /** Query rounds: the samples asked for, fewer when a round is so slow the time budget runs out, never below 5. */
  boolean anotherQueryRound(int done, long startedNanos) {
    return done < querySamples
        && (done < 5 || System.nanoTime() - startedNanos < queryBudgetSeconds * 1_000_000_000L);
  }

  boolean crashOnly() {
    return mode.equals(CRASH);
  }

  int maxClients() {
    return clients.stream().mapToInt(Integer::intValue).max().orElse(1);
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static int size(String property, int fallback) {
    int value = Integer.parseInt(System.getProperty(property, "0").trim());
    return value > 0 ? value : fallback;
  }
}
