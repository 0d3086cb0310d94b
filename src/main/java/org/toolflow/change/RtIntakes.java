package org.toolflow.change;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The RT tickets taken in (table {@code rt_change_intake}); its key refuses a ticket taken twice. */
@Repository
class RtIntakes {

  private final JdbcClient jdbc;
  private final Clock clock;

  RtIntakes(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Which of these tickets were taken already. */
  Set<String> takenOf(Collection<String> ticketIds) {
    if (ticketIds.isEmpty()) {
      return Set.of();
    }
    String marks = String.join(",", ticketIds.stream().map(id -> "?").toList());
    return new HashSet<>(jdbc.sql("SELECT ticket_id FROM rt_change_intake WHERE ticket_id IN (" + marks + ")")
        .params(List.copyOf(ticketIds)).query(String.class).list());
  }

  /** Claims the ticket; a second claim, from this node or another, fails on the key. */
  void take(String ticketId, String processKey) {
    jdbc.sql("INSERT INTO rt_change_intake (ticket_id, process_key, taken_at) VALUES (?, ?, ?)")
        .params(ticketId, processKey, Timestamp.from(clock.instant())).update();
  }

  void started(String ticketId, String processInstanceId) {
    jdbc.sql("UPDATE rt_change_intake SET process_instance_id = ? WHERE ticket_id = ?")
        .params(processInstanceId, ticketId).update();
  }
}
