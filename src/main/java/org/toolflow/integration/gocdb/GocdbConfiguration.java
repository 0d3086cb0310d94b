package org.toolflow.integration.gocdb;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.toolflow.integration.ConnectorProperties;
import org.toolflow.integration.RemoteHttp;
import org.toolflow.integration.journal.Journaling;

/** Live GOCDB when {@code toolflow.gocdb.base-url} is set, dry-run otherwise. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GocdbProperties.class)
class GocdbConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(GocdbConfiguration.class);

  @Bean
  GocdbDirectory gocdbDirectory(GocdbProperties gocdb, ConnectorProperties connectors, Journaling journaling,
      Clock clock) {
    if (!StringUtils.hasText(gocdb.baseUrl())) {
      LOG.info("GOCDB: dry-run (toolflow.gocdb.base-url is not set)");
      return new JournaledGocdbDirectory(null, journaling);
    }
    LOG.info("GOCDB: live at {}", gocdb.baseUrl());
    GocdbPi live = new GocdbPi(RemoteHttp.client(GocdbPi.SYSTEM_NAME, gocdb.baseUrl(), connectors), clock);
    return new JournaledGocdbDirectory(live, journaling);
  }
}
