package org.toolflow.integration;

import java.time.Duration;
import org.toolflow.TestClock;
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
    TestClock.freezeAt(TestClock.now().plus(Duration.ofHours(1)));
  }

  /** Back to normal: nothing dies, the engine clock is the run's. */
  public static void reset(Journaling journaling) {
    journaling.beforeRecording(null);
    TestClock.reset();
  }

  /** What the simulated death throws: it stops the step where a real crash would. */
  public static final class Died extends RuntimeException {

    Died(String action) {
      super("the node died after " + action + " answered and before the journal committed");
    }
  }
}
