package org.toolflow.bench.server;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** SQL statements, round trips, commits and the time they took, per HTTP call type or background thread. */
public final class SqlCounters {

  static final String JOB_EXECUTOR = "job executor";
  static final String BACKGROUND = "other background";

  private static final ThreadLocal<String> CURRENT_CALL = new ThreadLocal<>();

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  static void enterCall(String callType) {
    CURRENT_CALL.set(callType);
  }

  static void leaveCall() {
    CURRENT_CALL.remove();
  }

  void request(String callType) {
    bucket(callType).requests.increment();
  }

  void statements(String sql, int count, long nanos) {
    Bucket bucket = bucket(currentBucket());
    bucket.byVerb.computeIfAbsent(verb(sql), v -> new LongAdder()).add(count);
    bucket.roundTrips.increment();
    bucket.sqlNanos.add(nanos);
  }

  void commit(long nanos) {
    Bucket bucket = bucket(currentBucket());
    bucket.commits.increment();
    bucket.commitNanos.add(nanos);
  }

  void rollback() {
    bucket(currentBucket()).rollbacks.increment();
  }

  /** Totals since start, per bucket; a reader takes differences between two snapshots. */
  Map<String, Map<String, Long>> snapshot() {
    Map<String, Map<String, Long>> result = new TreeMap<>();
    buckets.forEach((name, bucket) -> result.put(name, bucket.toMap()));
    return result;
  }

  private Bucket bucket(String name) {
    return buckets.computeIfAbsent(name, n -> new Bucket());
  }

  private static String currentBucket() {
    String call = CURRENT_CALL.get();
    if (call != null) {
      return call;
    }
    String thread = Thread.currentThread().getName();
    // The Camunda starter names its job threads camundaTaskExecutor-n and the acquisition thread JobExecutor[...].
    return thread.contains("camunda") || thread.startsWith("JobExecutor") ? JOB_EXECUTOR : BACKGROUND;
  }

  static String verb(String sql) {
    if (sql == null) {
      return "other";
    }
    String trimmed = sql.stripLeading();
    int end = 0;
    while (end < trimmed.length() && Character.isLetter(trimmed.charAt(end))) {
      end++;
    }
    String verb = trimmed.substring(0, end).toLowerCase(Locale.ROOT);
    return switch (verb) {
      case "select", "insert", "update", "delete" -> verb;
      default -> "other";
    };
  }

  private static final class Bucket {
    final LongAdder requests = new LongAdder();
    final Map<String, LongAdder> byVerb = new ConcurrentHashMap<>();
    final LongAdder roundTrips = new LongAdder();
    final LongAdder sqlNanos = new LongAdder();
    final LongAdder commits = new LongAdder();
    final LongAdder commitNanos = new LongAdder();
    final LongAdder rollbacks = new LongAdder();

    Map<String, Long> toMap() {
      Map<String, Long> map = new TreeMap<>();
      map.put("requests", requests.sum());
      byVerb.forEach((verb, count) -> map.put(verb, count.sum()));
      map.put("statements", byVerb.values().stream().mapToLong(LongAdder::sum).sum());
      map.put("roundTrips", roundTrips.sum());
      map.put("sqlMicros", sqlNanos.sum() / 1000);
      map.put("commits", commits.sum());
      map.put("commitMicros", commitNanos.sum() / 1000);
      map.put("rollbacks", rollbacks.sum());
      return map;
    }
  }
}
