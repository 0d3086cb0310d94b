package org.toolflow.integration.wiki;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.toolflow.integration.ConnectorProperties;
import org.toolflow.integration.RemoteHttp;
import org.toolflow.integration.journal.Journaling;

/** Live wiki when {@code toolflow.wiki.base-url} is set, dry-run otherwise. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WikiProperties.class)
class WikiConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(WikiConfiguration.class);

  @Bean
  WikiPages wikiPages(WikiProperties wiki, ConnectorProperties connectors, Journaling journaling) {
    if (!StringUtils.hasText(wiki.baseUrl())) {
      LOG.info("Wiki: dry-run (toolflow.wiki.base-url is not set)");
      return new JournaledWikiPages(null, journaling);
    }
    if (!StringUtils.hasText(wiki.username()) || !StringUtils.hasText(wiki.password())) {
      throw new IllegalStateException("toolflow.wiki.base-url is set but toolflow.wiki.username or "
          + "toolflow.wiki.password is empty: editing the wiki needs a (bot) login");
    }
    LOG.info("Wiki: live at {} as {}", wiki.baseUrl(), wiki.username());
    MediaWikiPages live = new MediaWikiPages(RemoteHttp.client(MediaWikiPages.SYSTEM_NAME, wiki.baseUrl(), connectors),
        wiki.baseUrl(), wiki.username(), wiki.password());
    return new JournaledWikiPages(live, journaling);
  }
}
