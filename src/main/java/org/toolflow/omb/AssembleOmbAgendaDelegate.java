package org.toolflow.omb;

import static org.toolflow.omb.OmbMeetingNames.*;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Assembles and stores the meeting's agenda; its text goes into the process for the mail and the minutes form. */
@Component("assembleOmbAgendaDelegate")
class AssembleOmbAgendaDelegate implements JavaDelegate {

  private final OmbAgendaAssembler assembler;
  private final OmbAgendas agendas;
  private final Clock clock;

  AssembleOmbAgendaDelegate(OmbAgendaAssembler assembler, OmbAgendas agendas, Clock clock) {
    this.assembler = assembler;
    this.agendas = agendas;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant meeting = ((Date) execution.getVariable(MEETING_AT)).toInstant();
    OmbAgenda agenda = assembler.assemble(meeting, clock.instant(), OmbAgenda.SENT);
    agendas.save(agenda, execution.getProcessInstanceId());
    execution.setVariable(AGENDA_TEXT, assembler.text(agenda));
  }
}
