package org.toolflow.system.database;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.toolflow.system.WorkBesideStart;

/**
 * Runs ToolFlow's own migrations on a thread of their own, so that they overlap the creation of the remaining beans
 * (1.5-3 s of Flyway at a first start). They are complete before any lifecycle starts: before the web server
 * accepts a request, before a scheduled task runs and before the start-up runners, which are the first to use the
 * tables; a migration that fails stops the start with its own error.
 */
@Component
class MigrationBesideStart implements FlywayMigrationStrategy, SmartLifecycle {

  private volatile WorkBesideStart migrated;
  private volatile boolean running;

  @Override
  public void migrate(Flyway flyway) {
    migrated = WorkBesideStart.begin("database-migration", flyway::migrate);
  }

  @Override
  public void start() {
    if (migrated != null) {
      // Flyway's own exception, with the statement that failed, stops the start.
      migrated.await();
    }
    running = true;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** First of all lifecycles: the web server and the scheduler start later. */
  @Override
  public int getPhase() {
    return Integer.MIN_VALUE;
  }
}
