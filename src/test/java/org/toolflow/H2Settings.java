package org.toolflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What an H2 session says one of its settings is. */
public final class H2Settings {

  private H2Settings() {
  }

  public static String valueOf(Connection connection, String name) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
      query.setString(1, name);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).as("H2 setting %s", name).isTrue();
        return row.getString(1);
      }
    }
  }
}
