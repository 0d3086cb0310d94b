package org.toolflow.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * N clients, each filing and driving one change after the other for a fixed time; a change under way when the time is
 * up is finished and counted, so the rate is completed instances over the time until the last one ended.
 */
final class ChangeThroughput {

  private static final int MAX_FAILURES = 5;

  private final ServerJvm server;
  private final BenchDatabase database;
  private final Api admin;
  private final List<String> finishedInstanceIds = Collections.synchronizedList(new ArrayList<>());

  ChangeThroughput(ServerJvm server, BenchDatabase database, Api admin) {
    this.server = server;
    this.database = database;
    this.admin = admin;
  }

  /** A few changes whose figures are dropped: the JIT compiler and the caches warm up on them. */
  void warmUp(int changes) {
    ChangeScenario scenario = new ChangeScenario(server.port(), new Latencies(), new AtomicLong());
    for (int i = 0; i < changes; i++) {
      finishedInstanceIds.add(scenario.run(1));
    }
  }

  Map<String, Object> run(int clients, Duration duration) {
    Latencies latencies = new Latencies();
    AtomicLong polls = new AtomicLong();
    AtomicInteger completed = new AtomicInteger();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    ChangeScenario scenario = new ChangeScenario(server.port(), latencies, polls);
    Snapshot before = Snapshot.take(admin, server, database);
    long deadline = System.nanoTime() + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int client = 1; client <= clients; client++) {
        int me = client;
        running.add(pool.submit(() -> {
          while (System.nanoTime() < deadline && failures.size() < MAX_FAILURES) {
            try {
              finishedInstanceIds.add(scenario.run(me));
              completed.incrementAndGet();
            } catch (RuntimeException e) {
              failures.add(e.getMessage());
            }
          }
        }));
      }
      for (Future<?> client : running) {
        client.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("a client failed", e);
    } finally {
      pool.shutdownNow();
    }
    Snapshot after = Snapshot.take(admin, server, database);
    double seconds = after.secondsSince(before);
    Map<String, Object> level = new LinkedHashMap<>();
    level.put("clients", clients);
    level.put("completedInstances", completed.get());
    level.put("failedInstances", failures.size());
    if (!failures.isEmpty()) {
      level.put("failures", failures.subList(0, Math.min(3, failures.size())));
    }
    level.put("seconds", Snapshot.round(seconds));
    level.put("instancesPerSecond", Snapshot.round(completed.get() / seconds));
    level.put("pollsPerInstance", Snapshot.round(polls.get() / (double) Math.max(1, completed.get())));
    level.put("latency", latencies.summary());
    level.putAll(after.since(before, completed.get()));
    level.put("memory", server.memory());
    level.put("loadAverageAfter", Machine.loadAverage());
    if (failures.size() >= MAX_FAILURES) {
      throw new IllegalStateException("the change scenario failed " + failures.size() + " times: " + failures);
    }
    return level;
  }

  List<String> finishedInstanceIds() {
    return finishedInstanceIds;
  }
}
