package org.toolflow.integration.forge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.toolflow.integration.ConnectorProperties;
import org.toolflow.integration.RemoteHttp;
import org.toolflow.integration.journal.Journaling;

/** Live forge when {@code toolflow.forge.enabled=true}, dry-run otherwise (a laptop never calls GitHub by itself). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ForgeProperties.class)
class ForgeConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(ForgeConfiguration.class);

  @Bean
  ForgeTags forgeTags(ForgeProperties forge, ConnectorProperties connectors, Journaling journaling) {
    if (!forge.enabled()) {
      LOG.info("Forge: dry-run (toolflow.forge.enabled is not true)");
      return new JournaledForgeTags(null, journaling);
    }
    LOG.info("Forge: live at {}", forge.baseUrl());
    GitHubTags live = new GitHubTags(RemoteHttp.client(GitHubTags.SYSTEM_NAME, forge.baseUrl(), connectors), forge.token());
    return new JournaledForgeTags(live, journaling);
  }
}
