package org.toolflow.omb;

import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
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

  private final IdentityService identityService;
  private final Clock clock;

  OmbAgendaController(OmbAgendas agendas, OmbAgendaAssembler assembler, OmbCalendar calendar,
      IdentityService identityService, Clock clock) {
    this.clock = clock;
    this.agendas = agendas;
    this.assembler = assembler;
    this.calendar = calendar;
    this.identityService = identityService;
  }

  @GetMapping("/api/omb/agenda")
  OmbAgenda agenda() {
    Instant now = clock.instant();
    return agendas.upcoming(now).orElseGet(() -> preview(now));
  }

  // The agenda is one document for every reader, as the process assembles it: not narrowed to the caller's tasks.
  private OmbAgenda preview(Instant now) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return assembler.assemble(calendar.nextMeetingAfter(now), now, OmbAgenda.PREVIEW);
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
