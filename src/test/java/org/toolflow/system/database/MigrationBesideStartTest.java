package org.toolflow.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;

/** Real Flyway runs on an H2 database in memory, with Java migrations that show where and when they run. */
class MigrationBesideStartTest {

  private final MigrationBesideStart beside = new MigrationBesideStart();

  @Test
  void migratesOnItsOwnThreadAndTheFirstLifecycleWaitsForTheEnd() throws Exception {
    CompletableFuture<String> migratingThread = new CompletableFuture<>();
    CountDownLatch mayFinish = new CountDownLatch(1);
    Flyway flyway = flywayWith(new V1__Waits_for_the_test(migratingThread, mayFinish));

    beside.migrate(flyway);

    assertThat(migratingThread.get(10, TimeUnit.SECONDS)).isEqualTo("database-migration");
    CompletableFuture<Void> started = CompletableFuture.runAsync(beside::start);
    assertThatThrownBy(() -> started.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
    mayFinish.countDown();
    started.get(10, TimeUnit.SECONDS);
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
    private final CompletableFuture<String> thread;
    private final CountDownLatch mayFinish;

    V1__Waits_for_the_test(CompletableFuture<String> thread, CountDownLatch mayFinish) {
      this.thread = thread;
      this.mayFinish = mayFinish;
    }

    @Override
    public void migrate(Context context) throws Exception {
      Thread current = Thread.currentThread();
      // No daemon: a start that fails elsewhere lets the migration end before the JVM exits.
      thread.complete(current.getName() + (current.isDaemon() ? " (daemon)" : ""));
      mayFinish.await(10, TimeUnit.SECONDS);
    }
  }

  static class V1__Fails extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
      context.getConnection().createStatement().execute("SELECT FOUND_NOWHERE");
    }
  }
}
