package org.toolflow.system.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server for tests, from the server binaries Maven brings (no installation needed).
 * PostgreSQL refuses to run as root; run as root, the library starts it in a user namespace
 * ({@code unshare -U}), where it sees an unprivileged user id.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  /** The role ToolFlow logs in as, created like docs/operations.md tells an operator to. */
  public static final String ROLE = "toolflow";
  public static final String PASSWORD = "toolflow-test-secret";

  private static EmbeddedPostgresServer shared;

  private final Path dataDirectory;
  private int port;
  private EmbeddedPostgres server;

  private EmbeddedPostgresServer(Path dataDirectory) {
    this.dataDirectory = dataDirectory;
  }

  /** The server all tests of this JVM share; its shutdown hook stops it when the JVM ends. */
  public static synchronized EmbeddedPostgresServer shared() {
    if (shared == null) {
      shared = new EmbeddedPostgresServer(null);
      shared.start();
    }
    return shared;
  }

  /** A server of its own whose data survive {@link #stop()} and {@link #start()}, on the same port. */
  public static EmbeddedPostgresServer startOwn(Path dataDirectory) {
    EmbeddedPostgresServer own = new EmbeddedPostgresServer(dataDirectory);
    own.start();
    return own;
  }

  public synchronized void start() {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setPort(port)
        .setPGStartupWait(Duration.ofSeconds(60))
        // Test data need not survive a power cut; no server crash is simulated.
        .setServerConfig("fsync", "off")
        .setServerConfig("full_page_writes", "off");
    if (dataDirectory != null) {
      builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
    }
    try {
      server = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
    port = server.getPort();
  }

  /** A fast shutdown, like an operator restarting the database: open sessions are ended. */
  public synchronized void stop() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    stop();
  }

  public int port() {
    return port;
  }

  /** Creates the database owned by {@link #ROLE}, as the psql commands of docs/operations.md do; returns its JDBC URL. */
  public synchronized String createDatabase(String name) {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + ROLE + "') THEN "
          + "CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'; END IF; END $$");
      statement.execute("CREATE DATABASE " + name + " OWNER " + ROLE);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
    return "jdbc:postgresql://localhost:" + port + "/" + name;
  }

  /** Ends every session whose JDBC ApplicationName is given, as a network or an administrator would. */
  public int terminateSessions(String applicationName) {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        PreparedStatement statement = connection.prepareStatement(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = ?")) {
      statement.setString(1, applicationName);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
