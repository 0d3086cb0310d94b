package org.toolflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * ToolFlow beside a bare Camunda 7.24 Spring Boot starter in the same run, both from ToolFlow's jar, each in a JVM of
 * its own on a fresh H2 file, in rounds that alternate which goes first: start-up to health UP (rounds of starts
 * only), then a one-task process started over REST by concurrent clients (on ToolFlow as its administrator,
 * authenticated; on the bare starter without authentication). The figures worth quoting are the ratios of the means
 * over the rounds, as the load of the machine hits both alike and a single round's rate varies widely.
 */
final class StarterComparison {

  static final String BARE_MAIN = "org.toolflow.bench.server.bare.BareStarter";
  private static final String BARE_CONFIG = "classpath:/org/toolflow/bench/server/bare/bare-starter.yaml";
  private static final String PROCESS = "bench-review";
  private static final String GROUP = "egi-operations";
  private static final String OPERATOR = "bench-operator";
  private static final String BPMN = "org/toolflow/bench/server/bench-review.bpmn";
  private static final String START = "POST /engine-rest/process-definition/key/" + PROCESS + "/start";

  private final BenchSettings settings;
  private final Path directory;

  StarterComparison(BenchSettings settings, Path directory) {
    this.settings = settings;
    this.directory = directory;
  }

  Map<String, Object> run(int clients, int rounds) {
    Map<String, List<Long>> startups = Map.of("bare", new ArrayList<>(), "toolflow", new ArrayList<>());
    Map<String, List<Map<String, Object>>> throughput =
        Map.of("bare", new ArrayList<>(), "toolflow", new ArrayList<>());
    // The start-ups first, on a machine that only starts and stops JVMs: right after the 40 s of REST load a start
    // took up to a quarter longer, and which of the two met that depended on the order.
    for (int round = 1; round <= rounds; round++) {
      for (String app : inTurn(round)) {
        Progress.say("starter comparison, start-up round " + round + ": " + app);
        try (ServerJvm server = start(app, "start-" + round)) {
          startups.get(app).add((Long) server.startup().get("readyMs"));
        }
      }
    }
    for (int round = 1; round <= rounds; round++) {
      for (String app : inTurn(round)) {
        Progress.say("starter comparison, REST round " + round + ": " + app);
        try (ServerJvm server = start(app, "rest-" + round)) {
          if (app.equals("toolflow")) {
            addOperator(server);
          }
          throughput.get(app).add(startInstances(server, clients));
        }
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("clients", clients);
    result.put("secondsPerApp", settings.secondsPerLevel());
    result.put("startupMs", startups);
    result.put("startupRatio", ratio(mean(startups.get("toolflow")), mean(startups.get("bare"))));
    result.put("throughput", throughput);
    result.put("throughputRatio", ratio(meanRate(throughput.get("toolflow")), meanRate(throughput.get("bare"))));
    return result;
  }

  /** Each round alternates which goes first, so neither always meets the machine just after the other. */
  private static List<String> inTurn(int round) {
    return round % 2 == 1 ? List.of("bare", "toolflow") : List.of("toolflow", "bare");
  }

  private ServerJvm start(String app, String round) {
    Path data = directory.resolve(app + "-" + round).toAbsolutePath();
    List<String> arguments = new ArrayList<>(List.of(
        "--spring.datasource.url=jdbc:h2:file:" + data.resolve("h2/db") + ";DB_CLOSE_ON_EXIT=FALSE"));
    if (app.equals("bare")) {
      arguments.add("--spring.config.location=" + BARE_CONFIG);
      return ServerJvm.startPlain(settings, directory, app + "-" + round, BARE_MAIN, arguments);
    }
    return ServerJvm.startPlain(settings, data, app + "-" + round, null, arguments);
  }

  /**
   * One operator in the group the instances' tasks are offered to, as in the Tasklist measurement: a task for a
   * group with no members would also be offered to the fallback group, with a comment saying why.
   */
  private static void addOperator(ServerJvm server) {
    Api admin = Api.as(server.port(), BenchSettings.ADMIN, new Latencies());
    admin.post("set-up", "/engine-rest/user/create", Map.of(
        "profile", Map.of("id", OPERATOR, "firstName", "Bench", "lastName", "Operator",
            "email", OPERATOR + "@localhost"),
        "credentials", Map.of("password", BenchSettings.PASSWORD)));
    admin.put("set-up", "/engine-rest/group/" + GROUP + "/members/" + OPERATOR);
  }

  /** A warm-up of a third of the time, then the measured time; every client starts instances back to back. */
  private Map<String, Object> startInstances(ServerJvm server, int clients) {
    Api deployer = Api.as(server.port(), BenchSettings.ADMIN, new Latencies());
    deployer.deploy("deploy", PROCESS, "bench-review.bpmn", bpmn());
    Duration measured = Duration.ofSeconds(settings.secondsPerLevel());
    drive(server, clients, measured.dividedBy(3), new Latencies());
    Latencies latencies = new Latencies();
    Duration cpuBefore = server.cpu();
    long started = drive(server, clients, measured, latencies);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("instances", started);
    figures.put("instancesPerSecond", Math.round(started * 100.0 / measured.toSeconds()) / 100.0);
    figures.put("latency", latencies.summary().get(START));
    figures.put("cpuSeconds", (server.cpu().toMillis() - cpuBefore.toMillis()) / 1000.0);
    figures.put("loadAverage", Machine.loadAverage());
    return figures;
  }

  private static long drive(ServerJvm server, int clients, Duration duration, Latencies latencies) {
    AtomicLong started = new AtomicLong();
    long end = System.nanoTime() + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        Api client = Api.as(server.port(), BenchSettings.ADMIN, latencies);
        running.add(pool.submit(() -> {
          while (System.nanoTime() < end) {
            client.post(START, "/engine-rest/process-definition/key/" + PROCESS + "/start",
                Map.of("variables", Map.of("reviewGroup", Map.of("value", GROUP, "type", "String"))));
            started.incrementAndGet();
          }
        }));
      }
      for (Future<?> client : running) {
        client.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("starting instances failed: " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
    return started.get();
  }

  private static byte[] bpmn() {
    try (InputStream in = StarterComparison.class.getClassLoader().getResourceAsStream(BPMN)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double meanRate(List<Map<String, Object>> rounds) {
    return rounds.stream().mapToDouble(figures -> ((Number) figures.get("instancesPerSecond")).doubleValue())
        .average().orElse(0);
  }

  private static double mean(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).average().orElse(0);
  }

  private static double ratio(double value, double yardstick) {
    return yardstick == 0 ? 0 : Math.round(value / yardstick * 100.0) / 100.0;
  }
}
