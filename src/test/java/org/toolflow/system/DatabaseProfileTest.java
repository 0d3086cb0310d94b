package org.toolflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.H2Settings;
import org.toolflow.TestProfiles;
import org.toolflow.ToolFlowSpringTest;

/** Guards the two test runs: each really is on its database, and PostgreSQL gets the production pool settings. */
@ToolFlowSpringTest
class DatabaseProfileTest {

  @Autowired
  DataSource dataSource;

  @Autowired
  ProcessEngine processEngine;

  @Test
  void theSharedContextRunsOnTheDatabaseOfThisTestRun() throws SQLException {
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    }
    String engineDatabase = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDatabaseType();

    if (TestProfiles.onPostgres()) {
      assertThat(product).isEqualTo("PostgreSQL");
      assertThat(engineDatabase).isEqualTo("postgres");
    } else {
      assertThat(product).isEqualTo("H2");
      assertThat(engineDatabase).isEqualTo("h2");
    }
  }

  @Test
  void onPostgresThePoolChecksConnectionsAndGivesUpOnASilentServer() {
    assumeTrue(TestProfiles.onPostgres(), "PostgreSQL run only");
    HikariDataSource pool = (HikariDataSource) dataSource;

    assertThat(pool.getKeepaliveTime()).isEqualTo(60_000);
    assertThat(pool.getValidationTimeout()).isEqualTo(3_000);
    assertThat(pool.getConnectionTimeout()).isEqualTo(10_000);
    assertThat(pool.getMaxLifetime()).isEqualTo(900_000);
    assertThat(pool.getDataSourceProperties())
        .containsEntry("socketTimeout", "20")
        .containsEntry("tcpKeepAlive", "true");
  }

  @Test
  void onH2EverySessionKeepsTheEnginesStatementsPrepared() throws SQLException {
    assumeTrue(!TestProfiles.onPostgres(), "H2 run only");

    try (Connection connection = dataSource.getConnection()) {
      assertThat(H2Settings.valueOf(connection, "QUERY_CACHE_SIZE")).isEqualTo("256");
    }
  }
}
