package org.toolflow.integration;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.toolflow.integration.journal.Journaling;

/**
 * A node dying at the worst moment: the outside system has answered, the journal has not committed the answer.
 * Then the time passes until the dead node's lease on the action runs out, as a retry on another node sees it.
 */
public final class NodeDeath {

  private NodeDeath() {
  }

  /** The next action dies between its answer and the journal's commit; the ones after it go through. */
  public static void onceBeforeRecording(Journaling journaling) {
    journaling.beforeRecording(action -> {
      journaling.beforeRecording(null);
      throw new Died(action.system() + " " + action.operation());
    });
  }

  /** Moves the engine clock past any lease a job lock gives (the production lock time is below a minute). */
  public static void andItsLeaseRunsOut() {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(1))));
  }

  /** Back to normal: nothing dies, the engine clock is the real one. */
  public static void reset(Journaling journaling) {
    journaling.beforeRecording(null);
    ClockUtil.reset();
  }

  /** What the simulated death throws: it stops the step where a real crash would. */
  public static final class Died extends RuntimeException {

    Died(String action) {
      super("the node died after " + action + " answered and before the journal committed");
    }
  }
}
