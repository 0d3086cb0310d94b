package org.toolflow.integration;

/**
 * An outside system did not answer, timed out or failed on its side (5xx, 429): worth retrying. Thrown from a
 * job it leaves the job to its retry cycle; when the retries are spent the incident shows this message, which
 * carries the remote answer.
 */
public class RemoteUnavailableException extends RuntimeException {

  public RemoteUnavailableException(String message) {
    super(message);
  }

  public RemoteUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
