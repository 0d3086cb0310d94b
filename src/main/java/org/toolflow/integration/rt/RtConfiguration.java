package org.toolflow.integration.rt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.toolflow.integration.ConnectorProperties;
import org.toolflow.integration.RemoteHttp;
import org.toolflow.integration.journal.Journaling;

/** Live RT when {@code toolflow.rt.base-url} is set, dry-run otherwise. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RtProperties.class)
class RtConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(RtConfiguration.class);

  @Bean
  RtTickets rtTickets(RtProperties rt, ConnectorProperties connectors, Journaling journaling) {
    RtStatusNames statusNames = new RtStatusNames(rt.statuses());
    if (!StringUtils.hasText(rt.baseUrl())) {
      LOG.info("RT: dry-run (toolflow.rt.base-url is not set)");
      return new JournaledRtTickets(null, journaling, statusNames);
    }
    if (!StringUtils.hasText(rt.token())) {
      throw new IllegalStateException("toolflow.rt.base-url is set but toolflow.rt.token is empty: RT needs a token");
    }
    LOG.info("RT: live at {}", rt.baseUrl());
    RtRestTickets live = new RtRestTickets(RemoteHttp.client(RtRestTickets.SYSTEM_NAME, rt.baseUrl(), connectors),
        rt.token(), statusNames);
    return new JournaledRtTickets(live, journaling, statusNames);
  }
}
