package org.toolflow.integration.journal;

import java.time.OffsetDateTime;
import org.toolflow.integration.RemoteUnavailableException;

/**
 * Another execution of the same step holds the action's intent and may be calling the outside system right now:
 * this one does not call. Its job runs again once the holder's lease has ended ({@link WaitForTheHolder}); by then
 * the holder has recorded the answer, which the job replays, or it died, and the job looks in the outside system for
 * what it did.
 */
public class ActionInProgressException extends RemoteUnavailableException {

  private final OffsetDateTime heldUntil;

  public ActionInProgressException(String message, OffsetDateTime heldUntil) {
    super(message);
    this.heldUntil = heldUntil;
  }

  /** When the holder's lease ends; null when unknown. */
  public OffsetDateTime heldUntil() {
    return heldUntil;
  }
}
