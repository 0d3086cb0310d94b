package org.toolflow.omb;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OMB meeting calendar.
 *
 * @param meetingCron when meetings start: a Spring cron of six fields (second minute hour day month weekday) in the
 *     server's time zone, e.g. {@code 0 0 14 * * TUE#1} for the first Tuesday of every month at 14:00
 * @param agendaLead how long before a meeting its agenda is sent to the OMB
 */
@ConfigurationProperties("toolflow.omb")
public record OmbProperties(
    @DefaultValue(OmbProperties.DEFAULT_MEETING_CRON) String meetingCron,
    @DefaultValue("P7D") Duration agendaLead) {

  /** The first Tuesday of every month at 14:00. */
  public static final String DEFAULT_MEETING_CRON = "0 0 14 * * TUE#1";
}
