package org.toolflow.integration.helpdesk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.toolflow.integration.ConnectorProperties;
import org.toolflow.integration.RemoteHttp;
import org.toolflow.integration.journal.Journaling;

/** Live EGI Helpdesk when {@code toolflow.helpdesk.base-url} is set, dry-run otherwise. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HelpdeskProperties.class)
class HelpdeskConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(HelpdeskConfiguration.class);

  @Bean
  HelpdeskTickets helpdeskTickets(HelpdeskProperties helpdesk, ConnectorProperties connectors, Journaling journaling) {
    if (!StringUtils.hasText(helpdesk.baseUrl())) {
      LOG.info("EGI Helpdesk: dry-run (toolflow.helpdesk.base-url is not set)");
      return new JournaledHelpdeskTickets(null, journaling);
    }
    if (!StringUtils.hasText(helpdesk.token())) {
      throw new IllegalStateException(
          "toolflow.helpdesk.base-url is set but toolflow.helpdesk.token is empty: Zammad needs an API token");
    }
    LOG.info("EGI Helpdesk: live at {}", helpdesk.baseUrl());
    ZammadTickets live = new ZammadTickets(
        RemoteHttp.client(ZammadTickets.SYSTEM_NAME, helpdesk.baseUrl(), connectors), helpdesk.token());
    return new JournaledHelpdeskTickets(live, journaling);
  }
}
