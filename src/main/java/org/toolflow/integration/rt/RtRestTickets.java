package org.toolflow.integration.rt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
  private static final String SEARCH = "/REST/2.0/tickets";

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
        .body(createBody(request, context.remoteMark()))
        .retrieve().body(JsonNode.class));
    String id = created == null ? "" : created.path("id").asText("");
    if (id.isBlank()) {
      throw new RemoteUnavailableException(SYSTEM_NAME + " answered POST " + TICKETS + " without a ticket id: "
          + (created == null ? "empty body" : RemoteHttp.excerpt(created.toString())));
    }
    return new RtTicket(id, false);
  }

  /**
   * The ticket an earlier attempt of this action created, found by the mark in its subject (TicketSQL through the
   * REST2 ticket search); empty when there is none.
   */
  Optional<RtTicket> findCreated(ActionContext context, RtTicketRequest request) {
    String mark = context.remoteMark();
    String query = "Queue = '" + request.queue().replace("'", "\\'") + "' AND Subject LIKE '" + mark + "'";
    JsonNode found = RemoteHttp.call(SYSTEM_NAME, HttpMethod.GET, SEARCH, () -> http.get()
        .uri(uri -> uri.path(SEARCH).queryParam("query", "{query}").queryParam("fields", "Subject")
            .queryParam("orderby", "id").queryParam("order", "ASC").build(query))
        .header(HttpHeaders.AUTHORIZATION, authorization)
        .retrieve().body(JsonNode.class));
    if (found == null) {
      return Optional.empty();
    }
    for (JsonNode item : found.path("items")) {
      // The search matches substrings; the subject is checked again, in case a field the search reads differs.
      if (item.path("Subject").asText("").contains(mark) && !item.path("id").asText("").isBlank()) {
        return Optional.of(new RtTicket(item.path("id").asText(), false));
      }
    }
    return Optional.empty();
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

  /** The subject ends with the action's mark, by which a retry finds the ticket after a crash. */
  static Map<String, Object> createBody(RtTicketRequest request, String mark) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("Queue", request.queue());
    body.put("Subject", mark == null ? request.subject() : request.subject() + " [" + mark + "]");
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
