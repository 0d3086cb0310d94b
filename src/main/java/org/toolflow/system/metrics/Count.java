package org.toolflow.system.metrics;

import io.micrometer.core.instrument.Tags;

/** One number of a snapshot with the labels it is served under. */
record Count(Tags tags, long value) {

  static Count of(long value, String... keyValues) {
    return new Count(Tags.of(keyValues), value);
  }
}
