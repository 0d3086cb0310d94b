package org.toolflow.omb;

import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agenda of the next OMB meeting: as sent when it has been assembled, otherwise a preview of what it would
 * hold now (status "preview").
 */
@RestController
class OmbAgendaController {

  private final OmbAgendas agendas;
  private final OmbAgendaAssembler assembler;
  private final OmbCalendar calendar;

  OmbAgendaController(OmbAgendas agendas, OmbAgendaAssembler assembler, OmbCalendar calendar) {
    this.agendas = agendas;
    this.assembler = assembler;
    this.calendar = calendar;
  }

  @GetMapping("/api/omb/agenda")
  OmbAgenda agenda() {
    Instant now = Instant.now();
    return agendas.upcoming(now)
        .orElseGet(() -> assembler.assemble(calendar.nextMeetingAfter(now), now, OmbAgenda.PREVIEW));
  }
}
