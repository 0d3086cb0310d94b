package org.toolflow.integration.journal;

import java.time.OffsetDateTime;

/** The journal row of a keyed action as its claim sees it: answered, or held by an attempt until its lease ends. */
record Intent(long id, String answer, String attemptId, OffsetDateTime leaseUntil) {

  boolean answered() {
    return answer != null;
  }
}
