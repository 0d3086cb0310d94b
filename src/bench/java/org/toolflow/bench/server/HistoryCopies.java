package org.toolflow.bench.server;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * Multiplies the finished instances the engine wrote into history by SQL: every row of every table that belongs to
 * such an instance (the tables with {@code ROOT_PROC_INST_ID_}: history, and the authorizations of historic tasks) is
 * copied with fresh ids ({@code <id>-<copy>}), a fresh business key, and its times moved later, so each copy is a
 * complete instance of its own and the tables and their indexes hold what that many instances leave behind.
 */
final class HistoryCopies {

  /** Columns holding ids of rows that belong to the instance; process definition, user and group ids stay. */
  private static final Set<String> INSTANCE_IDS = Set.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_",
      "EXECUTION_ID_", "ACT_INST_ID_", "PARENT_ACT_INST_ID_", "TASK_ID_", "VAR_INST_ID_", "OPERATION_ID_",
      "CALL_PROC_INST_ID_", "SUPER_PROCESS_INSTANCE_ID_", "BYTEARRAY_ID_", "RESOURCE_ID_", "BUSINESS_KEY_");

  private final DataSource dataSource;

  HistoryCopies(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Adds {@code copies} copies of each finished instance of the process; copy n starts n × shift minutes later. */
  Map<String, Object> copy(String processKey, int copies, long shiftMinutes) throws SQLException {
    Map<String, Object> rowsPerTable = new LinkedHashMap<>();
    if (copies < 1) {
      return rowsPerTable;
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      Map<String, List<Column>> tables = tablesOfInstances(connection);
      String finished = "SELECT ID_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = '" + processKey
          + "' AND END_TIME_ IS NOT NULL";
      StringJoiner values = new StringJoiner(", ");
      for (int n = 1; n <= copies; n++) {
        values.add("(" + n + ", " + n * shiftMinutes + ")");
      }
      // ACT_HI_PROCINST last: the other tables find the originals through it.
      List<String> order = new ArrayList<>(tables.keySet());
      order.sort((a, b) -> Boolean.compare(a.equalsIgnoreCase("ACT_HI_PROCINST"), b.equalsIgnoreCase("ACT_HI_PROCINST")));
      for (String table : order) {
        String sql = insert(table, tables.get(table), values.toString(), finished);
        try (Statement statement = connection.createStatement()) {
          int rows = statement.executeUpdate(sql);
          connection.commit();
          if (rows > 0) {
            rowsPerTable.put(table.toUpperCase(Locale.ROOT), rows);
          }
        }
      }
    }
    return rowsPerTable;
  }

  /** Fresh planner statistics, as autovacuum (PostgreSQL) gathers them soon after a load like this one. */
  void analyze() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("ANALYZE");
    }
  }

  private static String insert(String table, List<Column> columns, String values, String finished) {
    StringJoiner names = new StringJoiner(", ");
    StringJoiner expressions = new StringJoiner(", ");
    for (Column column : columns) {
      names.add(column.name());
      String upper = column.name().toUpperCase(Locale.ROOT);
      if (INSTANCE_IDS.contains(upper)) {
        expressions.add("t." + column.name() + " || '-' || c.n");
      } else if (column.timestamp()) {
        expressions.add("t." + column.name() + " + c.shift * INTERVAL '1' MINUTE");
      } else {
        expressions.add("t." + column.name());
      }
    }
    return "INSERT INTO " + table + " (" + names + ") SELECT " + expressions + " FROM " + table
        + " t CROSS JOIN (VALUES " + values + ") AS c(n, shift) WHERE t.ROOT_PROC_INST_ID_ IN (" + finished + ")";
  }

  record Column(String name, boolean timestamp) {
  }

  private static Map<String, List<Column>> tablesOfInstances(Connection connection) throws SQLException {
    DatabaseMetaData metadata = connection.getMetaData();
    Map<String, List<Column>> all = new LinkedHashMap<>();
    try (ResultSet columns = metadata.getColumns(null, connection.getSchema(), null, null)) {
      while (columns.next()) {
        String table = columns.getString("TABLE_NAME");
        if (table.toUpperCase(Locale.ROOT).startsWith("ACT_")) {
          int type = columns.getInt("DATA_TYPE");
          all.computeIfAbsent(table, t -> new ArrayList<>()).add(new Column(columns.getString("COLUMN_NAME"),
              type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE));
        }
      }
    }
    all.values().removeIf(columns -> columns.stream().noneMatch(c -> c.name().equalsIgnoreCase("ROOT_PROC_INST_ID_")));
    return all;
  }
}
