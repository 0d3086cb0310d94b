package org.toolflow.system.postgres;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With the test profile {@code pg}, the application's datasource is a database on the embedded PostgreSQL
 * server of this JVM; it overrides the H2 URL of the {@code test} profile.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor {

  static final String DATABASE = "toolflow";

  private static String url;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.matchesProfiles("pg")) {
      return;
    }
    environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
        "spring.datasource.url", sharedDatabaseUrl(),
        "spring.datasource.username", EmbeddedPostgresServer.ROLE,
        "spring.datasource.password", EmbeddedPostgresServer.PASSWORD)));
  }

  private static synchronized String sharedDatabaseUrl() {
    if (url == null) {
      url = EmbeddedPostgresServer.shared().createDatabase(DATABASE);
    }
    return url;
  }
}
