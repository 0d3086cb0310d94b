package org.toolflow.system.metrics;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The operations metrics refresh on a schedule, whether or not any other schedule is on. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MetricsScheduling {
}
