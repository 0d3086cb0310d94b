package org.toolflow.integration.rt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.RemoteHttp;
import org.toolflow.integration.RemoteUnavailableException;

/** RT's REST2 API: {@code /REST/2.0/ticket}, authenticated with {@code Authorization: token <token>}. */
class RtRestTickets implements RtTickets {

  static final String SYSTEM_NAME = "RT";
  private static final String TICKETS = "/REST/2.0/ticket";

  private final RestClient http;
  private final String authorization;
  private final RtStatusNames statusNames;

  RtRestTickets(RestClient http, String token, RtStatusNames statusNames) {
    this.http = http;
    this.authorization = "token " + token;
    this.statusNames = statusNames;
  }

  @Override
  public RtTicket create(ActionContext context, RtTicketRequest request) {
    JsonNode created = RemoteHttp.call(SYSTEM_NAME, HttpMethod.POST, TICKETS, () -> http.post().uri(TICKETS)
        .header(HttpHeaders.AUTHORIZATION, authorization)
        .contentType(MediaType.APPLICATION_JSON)
        .body(createBody(request))
        .retrieve().body(JsonNode.class));
    String id = created == null ? "" : created.path("id").asText("");
    if (id.isBlank()) {
      throw new RemoteUnavailableException(SYSTEM_NAME + " answered POST " + TICKETS + " without a ticket id: "
          + (created == null ? "empty body" : RemoteHttp.excerpt(created.toString())));
    }
    return new RtTicket(id, false);
  }

  @Override
  public void update(ActionContext context, String ticketId, RtStatus status, Integer priority) {
    String path = TICKETS + "/" + ticketId;
    RemoteHttp.call(SYSTEM_NAME, HttpMethod.PUT, path, () -> http.put().uri(TICKETS + "/{id}", ticketId)
        .header(HttpHeaders.AUTHORIZATION, authorization)
        .contentType(MediaType.APPLICATION_JSON)
        .body(updateBody(statusNames.of(status), priority))
        .retrieve().toBodilessEntity());
  }

  @Override
  public void comment(ActionContext context, String ticketId, String text) {
    String path = TICKETS + "/" + ticketId + "/comment";
    RemoteHttp.call(SYSTEM_NAME, HttpMethod.POST, path, () -> http.post().uri(TICKETS + "/{id}/comment", ticketId)
        .header(HttpHeaders.AUTHORIZATION, authorization)
        .contentType(MediaType.APPLICATION_JSON)
        .body(commentBody(text))
        .retrieve().toBodilessEntity());
  }

  static Map<String, Object> createBody(RtTicketRequest request) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("Queue", request.queue());
    body.put("Subject", request.subject());
    body.put("Content", request.content());
    body.put("ContentType", "text/plain");
    if (request.requestor() != null) {
      body.put("Requestor", request.requestor());
    }
    if (request.priority() != null) {
      body.put("Priority", request.priority());
    }
    if (request.customFields() != null && !request.customFields().isEmpty()) {
      body.put("CustomFields", request.customFields());
    }
    return body;
  }

  static Map<String, Object> updateBody(String status, Integer priority) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("Status", status);
    if (priority != null) {
      body.put("Priority", priority);
    }
    return body;
  }

  static Map<String, Object> commentBody(String text) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("Content", text);
    body.put("ContentType", "text/plain");
    return body;
  }
}
