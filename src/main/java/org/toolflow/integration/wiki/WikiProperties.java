package org.toolflow.integration.wiki;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The wiki: {@code toolflow.wiki.base-url} is the folder holding {@code api.php} (e.g. {@code https://wiki.egi.eu/w}),
 * the user and password those of a bot password (Special:BotPasswords) allowed to edit pages.
 */
@ConfigurationProperties("toolflow.wiki")
record WikiProperties(String baseUrl, String username, String password) {
}
