package org.toolflow.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toolflow.H2Settings;

class H2StatementCacheTest {

  private final H2StatementCache cache = new H2StatementCache(256);

  @TempDir
  Path directory;

  @Test
  void everySessionOfAnH2FileDatabaseKeepsTheGivenNumberOfStatements() throws SQLException {
    try (HikariDataSource dataSource = dataSource("jdbc:h2:file:" + directory.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE")) {
      cache.postProcessAfterInitialization(dataSource, "dataSource");

      try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
        assertThat(cacheSizeSeenBy(first)).isEqualTo("256");
        assertThat(cacheSizeSeenBy(second)).isEqualTo("256");
      }
    }
  }

  @Test
  void aSizeInTheUrlIsKept() throws SQLException {
    String url = "jdbc:h2:file:" + directory.resolve("db") + ";QUERY_CACHE_SIZE=32";
    try (HikariDataSource dataSource = dataSource(url)) {
      cache.postProcessAfterInitialization(dataSource, "dataSource");

      assertThat(dataSource.getDataSourceProperties()).doesNotContainKey(H2StatementCache.SETTING);
      try (Connection connection = dataSource.getConnection()) {
        assertThat(cacheSizeSeenBy(connection)).isEqualTo("32");
      }
    }
  }

  @Test
  void aSizeInThePoolsPropertiesIsKept() {
    try (HikariDataSource dataSource = dataSource("jdbc:h2:mem:kept")) {
      dataSource.addDataSourceProperty(H2StatementCache.SETTING, "64");

      cache.postProcessAfterInitialization(dataSource, "dataSource");

      assertThat(dataSource.getDataSourceProperties()).containsEntry(H2StatementCache.SETTING, "64");
    }
  }

  @Test
  void otherDatabasesAndOtherBeansAreLeftAlone() {
    try (HikariDataSource postgres = dataSource("jdbc:postgresql://localhost:5432/toolflow")) {
      cache.postProcessAfterInitialization(postgres, "dataSource");

      assertThat(postgres.getDataSourceProperties()).isEmpty();
    }
    Object other = new Object();
    assertThat(cache.postProcessAfterInitialization(other, "other")).isSameAs(other);
  }

  private static HikariDataSource dataSource(String url) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(url);
    dataSource.setUsername("sa");
    dataSource.setPassword("");
    return dataSource;
  }

  private static String cacheSizeSeenBy(Connection connection) throws SQLException {
    return H2Settings.valueOf(connection, H2StatementCache.SETTING);
  }
}
