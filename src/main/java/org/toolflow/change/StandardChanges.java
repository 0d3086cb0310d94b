package org.toolflow.change;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each tool's list of standard changes (table {@code change_standard_change}), kept by the tool's team. */
@Repository
class StandardChanges {

  private final JdbcClient jdbc;
  private final Clock clock;

  StandardChanges(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  List<StandardChange> of(String toolKey) {
    return jdbc.sql("SELECT code, title, description FROM change_standard_change WHERE tool_key = ? ORDER BY code")
        .param(toolKey)
        .query((rs, i) -> new StandardChange(rs.getString("code"), rs.getString("title"), rs.getString("description")))
        .list();
  }

  List<String> codesOf(String toolKey) {
    return of(toolKey).stream().map(StandardChange::code).toList();
  }

  boolean contains(String toolKey, String code) {
    return code != null && jdbc.sql("SELECT COUNT(*) FROM change_standard_change WHERE tool_key = ? AND code = ?")
        .params(toolKey, code).query(Long.class).single() > 0;
  }

  /** Replaces the whole list at once, so the team edits it like one document. */
  @Transactional
  void replace(String toolKey, List<StandardChange> changes, String by) {
    jdbc.sql("DELETE FROM change_standard_change WHERE tool_key = ?").param(toolKey).update();
    Timestamp now = Timestamp.from(clock.instant());
    for (StandardChange change : changes) {
      jdbc.sql("INSERT INTO change_standard_change (tool_key, code, title, description, updated_by, updated_at) "
              + "VALUES (?, ?, ?, ?, ?, ?)")
          .params(toolKey, change.code(), change.title(), change.description(), by, now).update();
    }
  }
}
