package org.toolflow.integration.rt;

import java.util.List;
import java.util.Map;

/** A ticket read from RT: its subject, the e-mail addresses of its requestors and its custom fields by name. */
public record RtIncomingTicket(String id, String queue, String subject, List<String> requestors,
    Map<String, String> customFields) {

  /** The first requestor, who filed the ticket; null when RT names none. */
  public String requestor() {
    return requestors.isEmpty() ? null : requestors.get(0);
  }
}
