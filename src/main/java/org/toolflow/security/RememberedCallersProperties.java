package org.toolflow.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code toolflow.remembered-callers.time}: how long a checked HTTP Basic credential and its user's groups are taken
 * as they are without asking the identity service again (default 30 s; 0 asks at every request).
 * {@code toolflow.remembered-callers.most}: how many callers are remembered at once (default 10,000).
 */
@ConfigurationProperties("toolflow.remembered-callers")
record RememberedCallersProperties(@DefaultValue("30s") Duration time, @DefaultValue("10000") int most) {

  RememberedCallersProperties {
    if (time.isNegative()) {
      throw new IllegalArgumentException("toolflow.remembered-callers.time must not be negative, not " + time);
    }
    if (most < 1) {
      throw new IllegalArgumentException("toolflow.remembered-callers.most must be at least 1, not " + most);
    }
  }
}
