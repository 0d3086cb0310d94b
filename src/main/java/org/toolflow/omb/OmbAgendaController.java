package org.toolflow.omb;

import java.time.Clock;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.toolflow.security.AsSystem;

/**
 * The agenda of the next OMB meeting: as sent when it has been assembled, otherwise a preview of what it would
 * hold now (status "preview").
 */
@RestController
class OmbAgendaController {

  private final OmbAgendas agendas;
  private final OmbAgendaAssembler assembler;
  private final OmbCalendar calendar;
  private final AsSystem asSystem;
  private final Clock clock;

  OmbAgendaController(OmbAgendas agendas, OmbAgendaAssembler assembler, OmbCalendar calendar,
      AsSystem asSystem, Clock clock) {
    this.agendas = agendas;
    this.assembler = assembler;
    this.calendar = calendar;
    this.asSystem = asSystem;
    this.clock = clock;
  }

  @GetMapping("/api/omb/agenda")
  OmbAgenda agenda() {
    Instant now = clock.instant();
    return agendas.upcoming(now).orElseGet(() -> preview(now));
  }

  // The agenda is one document for every reader, as the process assembles it: not narrowed to the caller's tasks.
  private OmbAgenda preview(Instant now) {
    return asSystem.call(() -> assembler.assemble(calendar.nextMeetingAfter(now), now, OmbAgenda.PREVIEW));
  }
}
