package org.toolflow.integration;

/**
 * An outside system refused a request (4xx, or an error document): retrying the same request cannot help, a
 * person must correct a value or the configuration. The message names the system, the request and what the
 * system said about the field or value. A job failing with it becomes an incident at once, without retries.
 */
public class RemoteRefusedException extends RuntimeException {

  private final int status;

  public RemoteRefusedException(String message, int status) {
    super(message);
    this.status = status;
  }

  /** The HTTP status, or 0 when the refusal came inside a successful answer (GOCDB, MediaWiki, SMTP). */
  public int status() {
    return status;
  }
}
