package org.toolflow.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.toolflow.ToolFlowSpringTest;

/** The table that keeps an RT ticket from being taken in twice, on the database the tests run on. */
@ToolFlowSpringTest
class RtIntakesTest {

  @Autowired
  RtIntakes intakes;

  @Test
  void aTicketIsTakenOnceAndASecondClaimFailsOnTheKey() {
    String ticket = String.valueOf(900_000_000L + System.nanoTime() % 1_000_000);
    String other = ticket + "1";
    assertThat(intakes.takenOf(List.of(ticket, other))).isEmpty();

    intakes.take(ticket, ChangeRequestProcess.PROCESS_KEY);
    intakes.started(ticket, "instance-of-" + ticket);

    assertThat(intakes.takenOf(List.of(ticket, other))).containsExactly(ticket);
    assertThatThrownBy(() -> intakes.take(ticket, ChangeIntakeProcess.PROCESS_KEY))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(intakes.takenOf(List.of())).isEmpty();
  }
}
