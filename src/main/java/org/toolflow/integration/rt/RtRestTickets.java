package org.toolflow.integration.rt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
  private static final int PAGE_SIZE = 100;
  // New tickets are taken every few minutes: more than this many waiting means something else is wrong.
  private static final int MAX_PAGES = 10;

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

  @Override
  public void correspond(ActionContext context, String ticketId, String text) {
    String path = TICKETS + "/" + ticketId + "/correspond";
    RemoteHttp.call(SYSTEM_NAME, HttpMethod.POST, path, () -> http.post().uri(TICKETS + "/{id}/correspond", ticketId)
        .header(HttpHeaders.AUTHORIZATION, authorization)
        .contentType(MediaType.APPLICATION_JSON)
        .body(commentBody(text))
        .retrieve().toBodilessEntity());
  }

  /** {@code GET /tickets?query=<TicketSQL>}, page by page (RT serves at most 100 a page). */
  @Override
  public List<String> newTicketIds(String queue) {
    String ticketSql = newTicketsQuery(queue, statusNames);
    List<String> ids = new ArrayList<>();
    for (int page = 1; page <= MAX_PAGES; page++) {
      int current = page;
      JsonNode found = RemoteHttp.call(SYSTEM_NAME, HttpMethod.GET, SEARCH, () -> http.get()
          .uri(uri -> uri.path(SEARCH).queryParam("query", "{query}").queryParam("orderby", "id")
              .queryParam("order", "ASC").queryParam("per_page", PAGE_SIZE).queryParam("page", current)
              .build(ticketSql))
          .header(HttpHeaders.AUTHORIZATION, authorization)
          .retrieve().body(JsonNode.class));
      if (found == null || !found.path("items").isArray()) {
        throw new RemoteUnavailableException(SYSTEM_NAME + " answered GET " + SEARCH + " without items: "
            + (found == null ? "empty body" : RemoteHttp.excerpt(found.toString())));
      }
      found.path("items").forEach(item -> ids.add(item.path("id").asText()));
      if (found.path("items").size() < PAGE_SIZE || ids.size() >= found.path("total").asInt()) {
        break;
      }
    }
    return ids;
  }

  @Override
  public RtIncomingTicket get(String ticketId) {
    String path = TICKETS + "/" + ticketId;
    JsonNode ticket = RemoteHttp.call(SYSTEM_NAME, HttpMethod.GET, path, () -> http.get()
        .uri(TICKETS + "/{id}", ticketId)
        .header(HttpHeaders.AUTHORIZATION, authorization)
        .retrieve().body(JsonNode.class));
    if (ticket == null || !ticketId.equals(ticket.path("id").asText())) {
      throw new RemoteUnavailableException(SYSTEM_NAME + " answered GET " + path + " without that ticket: "
          + (ticket == null ? "empty body" : RemoteHttp.excerpt(ticket.toString())));
    }
    return incomingOf(ticket);
  }

  // REST2 names a requestor by user name, which is the e-mail address for people who wrote in, and lists custom
  // fields as {name, values}.
  static RtIncomingTicket incomingOf(JsonNode ticket) {
    List<String> requestors = new ArrayList<>();
    ticket.path("Requestor").forEach(person -> {
      String address = person.path("id").asText("");
      if (!address.isBlank()) {
        requestors.add(address.trim());
      }
    });
    Map<String, String> fields = new LinkedHashMap<>();
    ticket.path("CustomFields").forEach(field -> {
      JsonNode values = field.path("values");
      if (!field.path("name").asText("").isBlank() && values.isArray() && !values.isEmpty()) {
        fields.put(field.path("name").asText(), values.get(0).asText());
      }
    });
    return new RtIncomingTicket(ticket.path("id").asText(), ticket.path("Queue").path("id").asText(null),
        ticket.path("Subject").asText(""), List.copyOf(requestors), fields);
  }

  static String newTicketsQuery(String queue, RtStatusNames statusNames) {
    return "Queue = '" + quoted(queue) + "' AND Status = '" + quoted(statusNames.of(RtStatus.NEW)) + "'";
  }

  // TicketSQL quotes with single quotes and escapes them with a backslash.
  private static String quoted(String value) {
    return value.replace("\\", "\\\\").replace("'", "\\'");
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
