package org.toolflow.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Every sample of every call type, kept whole, so percentiles are exact rather than estimated. */
final class Latencies {

  private final Map<String, Samples> byCall = new ConcurrentHashMap<>();

  void record(String callType, long nanos) {
    byCall.computeIfAbsent(callType, c -> new Samples()).add(nanos);
  }

  /** Per call type: count, mean, p50, p95, p99 and max, in milliseconds. */
  Map<String, Map<String, Object>> summary() {
    Map<String, Map<String, Object>> summary = new TreeMap<>();
    byCall.forEach((call, samples) -> summary.put(call, samples.summary()));
    return summary;
  }

  private static final class Samples {
    private long[] nanos = new long[256];
    private int size;

    synchronized void add(long value) {
      if (size == nanos.length) {
        nanos = Arrays.copyOf(nanos, size * 2);
      }
      nanos[size++] = value;
    }

    synchronized Map<String, Object> summary() {
      long[] sorted = Arrays.copyOf(nanos, size);
      Arrays.sort(sorted);
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("count", size);
      summary.put("meanMs", millis((long) Arrays.stream(sorted).average().orElse(0)));
      summary.put("p50Ms", millis(percentile(sorted, 50)));
      summary.put("p95Ms", millis(percentile(sorted, 95)));
      summary.put("p99Ms", millis(percentile(sorted, 99)));
      summary.put("maxMs", millis(size == 0 ? 0 : sorted[size - 1]));
      return summary;
    }

    // Nearest rank: the smallest sample with at least p% of the samples at or below it.
    private static long percentile(long[] sorted, int p) {
      if (sorted.length == 0) {
        return 0;
      }
      int rank = (int) Math.ceil(p / 100.0 * sorted.length);
      return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
      return Math.round(nanos / 10_000.0) / 100.0;
    }
  }
}
