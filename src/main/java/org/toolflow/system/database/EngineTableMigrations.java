package org.toolflow.system.database;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Indexes and planner statistics on the engine's own tables, fitted to the SQL ToolFlow's queries make the
 * engine run. Migrations of their own (db/engine/&lt;database&gt;, history table toolflow_engine_schema_history),
 * run once the engine has created or updated its tables; ToolFlow's migrations may run before the engine's.
 */
@Component
class EngineTableMigrations implements InitializingBean {

  private static final Logger LOG = LoggerFactory.getLogger(EngineTableMigrations.class);
  static final String HISTORY_TABLE = "toolflow_engine_schema_history";

  private final ProcessEngine processEngine;
  private final DataSource dataSource;

  EngineTableMigrations(ProcessEngine processEngine, DataSource dataSource) {
    this.processEngine = processEngine;
    this.dataSource = dataSource;
  }

  @Override
  public void afterPropertiesSet() {
    String databaseType = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDatabaseType();
    // H2 plans the same queries well without them.
    if (!"postgres".equals(databaseType)) {
      return;
    }
    int applied = Flyway.configure().dataSource(dataSource).table(HISTORY_TABLE)
        .locations("classpath:db/engine/postgresql").baselineOnMigrate(true).baselineVersion("0")
        .load().migrate().migrationsExecuted;
    if (applied > 0) {
      LOG.info("Engine table migrations applied: {}", applied);
    }
  }
}
