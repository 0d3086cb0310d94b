package org.toolflow.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.toolflow.TestProfiles;
import org.toolflow.ToolFlowSpringTest;

/** The indexes on the engine's authorization table exist on PostgreSQL, and nothing is migrated on H2. */
@ToolFlowSpringTest
class EngineTableMigrationsTest {

  @Autowired
  JdbcClient jdbc;

  @Test
  void postgresHasTheAuthorizationIndexesAndH2NoEngineMigrations() {
    List<String> migrationTables = jdbc.sql("SELECT table_name FROM information_schema.tables"
        + " WHERE lower(table_name) = ?").param(EngineTableMigrations.HISTORY_TABLE).query(String.class).list();
    if (TestProfiles.onPostgres()) {
      assertThat(migrationTables).hasSize(1);
      assertThat(jdbc.sql("SELECT indexname FROM pg_indexes WHERE tablename = 'act_ru_authorization'")
          .query(String.class).list()).contains("toolflow_auth_group_resource", "toolflow_auth_user_resource", "toolflow_auth_revokes");
      assertThat(jdbc.sql("SELECT count(*) FROM pg_statistic_ext WHERE stxname = 'toolflow_auth_group_type'")
          .query(Long.class).single()).isEqualTo(1);
    } else {
      assertThat(migrationTables).isEmpty();
    }
  }
}
