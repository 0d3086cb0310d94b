package org.toolflow;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Profiles of the shared test context: {@code test} on H2; in the PostgreSQL run of the build
 * ({@code -Dtoolflow.test.database=postgres}) also the production profile {@code postgres} and {@code pg},
 * which points the context at the embedded PostgreSQL server of the test JVM.
 */
public class TestProfiles implements ActiveProfilesResolver {

  public static final String DATABASE_PROPERTY = "toolflow.test.database";

  @Override
  public String[] resolve(Class<?> testClass) {
    return onPostgres() ? new String[] {"postgres", "test", "pg"} : new String[] {"test"};
  }

  public static boolean onPostgres() {
    return "postgres".equals(System.getProperty(DATABASE_PROPERTY));
  }
}
