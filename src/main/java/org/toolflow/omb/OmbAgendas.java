package org.toolflow.omb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agendas as sent, one per meeting; assembling a meeting's agenda again replaces it. */
@Repository
class OmbAgendas {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  OmbAgendas(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void save(OmbAgenda agenda, String processInstanceId) {
    String content;
    try {
      content = json.writeValueAsString(agenda);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the agenda cannot be written as JSON", e);
    }
    jdbc.sql("DELETE FROM omb_agendas WHERE meeting_at = ?").param(utc(agenda.meetingAt())).update();
    jdbc.sql("INSERT INTO omb_agendas (meeting_at, assembled_at, agenda_json, process_instance_id) VALUES (?, ?, ?, ?)")
        .params(utc(agenda.meetingAt()), utc(agenda.assembledAt()), content, processInstanceId).update();
  }

  /** The agenda of the first meeting at or after {@code now} that has one. */
  Optional<OmbAgenda> upcoming(Instant now) {
    return jdbc.sql("SELECT agenda_json FROM omb_agendas WHERE meeting_at >= ? ORDER BY meeting_at")
        .param(utc(now)).query(String.class).list().stream().findFirst().map(this::read);
  }

  private OmbAgenda read(String content) {
    try {
      return json.readValue(content, OmbAgenda.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored agenda is not readable JSON", e);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
