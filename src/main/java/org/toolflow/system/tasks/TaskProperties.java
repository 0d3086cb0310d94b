package org.toolflow.system.tasks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code toolflow.tasks.fallback-group}: the group a user task is also offered to when none of its people exists
 * (an empty candidate group) and when it is overdue; EGI Operations unless the process owners name another.
 */
@ConfigurationProperties("toolflow.tasks")
record TaskProperties(@DefaultValue("egi-operations") String fallbackGroup) {

  TaskProperties {
    if (fallbackGroup == null || fallbackGroup.isBlank()) {
      throw new IllegalArgumentException("toolflow.tasks.fallback-group must name a group");
    }
  }
}
