package org.toolflow.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;

/**
 * Real Flyway runs on an H2 database in memory, with Java migrations that show when they run. The thread they run on
 * is WorkBesideStart's (see its test).
 */
class MigrationBesideStartTest {

  private final MigrationBesideStart beside = new MigrationBesideStart();

  @Test
  void theStrategyReturnsBeforeTheMigrationEndsAndTheFirstLifecycleWaitsForIt() throws Exception {
    CountDownLatch mayFinish = new CountDownLatch(1);
    AtomicBoolean finished = new AtomicBoolean();
    Flyway flyway = flywayWith(new V1__Waits_for_the_test(mayFinish, finished));

    beside.migrate(flyway);

    assertThat(finished).isFalse();
    mayFinish.countDown();
    beside.start();
    assertThat(finished).isTrue();
    assertThat(flyway.info().applied()).extracting(info -> info.getVersion().getVersion()).containsExactly("1");
    assertThat(beside.isRunning()).isTrue();
    assertThat(beside.getPhase()).isEqualTo(Integer.MIN_VALUE);
  }

  @Test
  void aFailedMigrationStopsTheStartWithFlywaysOwnError() {
    Flyway flyway = flywayWith(new V1__Fails());

    beside.migrate(flyway);

    assertThatThrownBy(beside::start).isInstanceOf(FlywayException.class)
        .hasMessageContaining("Column \"FOUND_NOWHERE\" not found");
    assertThat(beside.isRunning()).isFalse();
  }

  private static Flyway flywayWith(JavaMigration migration) {
    return Flyway.configure()
        .dataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "")
        .locations("classpath:no-migrations-here").javaMigrations(migration).load();
  }

  static class V1__Waits_for_the_test extends BaseJavaMigration {
    private final CountDownLatch mayFinish;
    private final AtomicBoolean finished;

    V1__Waits_for_the_test(CountDownLatch mayFinish, AtomicBoolean finished) {
      this.mayFinish = mayFinish;
      this.finished = finished;
    }

    @Override
    public void migrate(Context context) throws Exception {
      mayFinish.await(10, TimeUnit.SECONDS);
      // It ends a moment after it may, so a start that did not wait for it would still see it unfinished.
      Thread.sleep(200);
      finished.set(true);
    }
  }

  static class V1__Fails extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
      context.getConnection().createStatement().execute("SELECT FOUND_NOWHERE");
    }
  }
}
