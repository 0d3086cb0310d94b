package org.toolflow.change;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Takes in new RT change tickets every {@code toolflow.rt.intake-interval}; a dry-run RT has none. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RtIntakeSchedule {

  private final RtChangeIntake intake;

  RtIntakeSchedule(RtChangeIntake intake) {
    this.intake = intake;
  }

  @Scheduled(fixedDelayString = "${toolflow.rt.intake-interval:PT5M}",
      initialDelayString = "${toolflow.rt.intake-interval:PT5M}")
  void poll() {
    intake.pollOnce();
  }
}
