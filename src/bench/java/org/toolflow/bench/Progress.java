package org.toolflow.bench;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** One line per step on the console, so a long run shows where it is. */
final class Progress {

  private Progress() {
  }

  static void say(String message) {
    System.out.println("[bench " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + message);
    System.out.flush();
  }
}
