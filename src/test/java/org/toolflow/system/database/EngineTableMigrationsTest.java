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
          .query(String.class).list()).contains("toolflow_auth_user_resource", "toolflow_auth_revokes")
          .doesNotContain("toolflow_auth_group_resource");
      // The engine's group index is the composite one, so no plan can pick an index on the group alone.
      assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'act_idx_auth_group_id'")
          .query(String.class).single()).contains("(group_id_, resource_type_, resource_id_) INCLUDE (type_, perms_)");
      assertThat(jdbc.sql("SELECT count(*) FROM pg_statistic_ext WHERE stxname = 'toolflow_auth_group_type'")
          .query(Long.class).single()).isEqualTo(1);
    } else {
      assertThat(migrationTables).isEmpty();
    }
  }
}
