package org.toolflow.incident;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Polls the EGI Helpdesk every {@code toolflow.incident.poll-interval}; off when {@code poll-enabled} is false. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "toolflow.incident.poll-enabled", havingValue = "true", matchIfMissing = true)
class HelpdeskPollSchedule {

  private final HelpdeskIncidentPoll poll;

  HelpdeskPollSchedule(HelpdeskIncidentPoll poll) {
    this.poll = poll;
  }

  @Scheduled(fixedDelayString = "${toolflow.incident.poll-interval:PT5M}", initialDelayString = "PT1M")
  void poll() {
    poll.pollOnce();
  }
}
