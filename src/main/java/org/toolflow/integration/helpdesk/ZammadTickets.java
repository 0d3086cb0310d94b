package org.toolflow.integration.helpdesk;

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

/**
 * Zammad's REST API v1, authenticated with {@code Authorization: Token token=<token>}. Answers are asked for with
 * {@code expand=true} so that group, state and priority come as names, not ids.
 */
class ZammadTickets implements HelpdeskTickets {

  static final String SYSTEM_NAME = "Helpdesk";
  private static final String TICKETS = "/api/v1/tickets";
  private static final String ARTICLES = "/api/v1/ticket_articles";
  private static final String LINKS = "/api/v1/links/add";
  private static final int SEARCH_LIMIT = 100;

  private final RestClient http;
  private final String authorization;

  ZammadTickets(RestClient http, String token) {
    this.http = http;
    this.authorization = "Token token=" + token;
  }

  @Override
  public HelpdeskTicket create(ActionContext context, HelpdeskTicketRequest request) {
    JsonNode ticket = RemoteHttp.call(SYSTEM_NAME, HttpMethod.POST, TICKETS, () -> http.post()
        .uri(TICKETS + "?expand=true")
        .header(HttpHeaders.AUTHORIZATION, authorization)
        .contentType(MediaType.APPLICATION_JSON)
        .body(createBody(request, context.remoteMark()))
        .retrieve().body(JsonNode.class));
    return ticketOf(ticket, "POST " + TICKETS);
  }

  /** The ticket an earlier attempt of this action created, found by the mark in its title; empty when there is none. */
  Optional<HelpdeskTicket> findCreated(ActionContext context) {
    String mark = context.remoteMark();
    // The search is full text; only a title that really carries the mark counts.
    return search("title:\"" + mark + "\"").stream()
        .filter(ticket -> ticket.title() != null && ticket.title().contains(mark))
        .findFirst();
  }

  @Override
  public void addArticle(ActionContext context, String ticketId, String body) {
    RemoteHttp.call(SYSTEM_NAME, HttpMethod.POST, ARTICLES, () -> http.post().uri(ARTICLES)
        .header(HttpHeaders.AUTHORIZATION, authorization)
        .contentType(MediaType.APPLICATION_JSON)
        .body(articleBody(ticketId, body))
        .retrieve().toBodilessEntity());
  }

  @Override
  public List<HelpdeskTicket> search(String query) {
    String path = TICKETS + "/search";
    JsonNode found = RemoteHttp.call(SYSTEM_NAME, HttpMethod.GET, path, () -> http.get()
        .uri(uri -> uri.path(path).queryParam("query", "{query}").queryParam("expand", true)
            .queryParam("limit", SEARCH_LIMIT).build(query))
        .header(HttpHeaders.AUTHORIZATION, authorization)
        .retrieve().body(JsonNode.class));
    List<HelpdeskTicket> tickets = new ArrayList<>();
    if (found != null && found.isArray()) {
      found.forEach(ticket -> tickets.add(ticketOf(ticket, "GET " + path)));
    }
    return tickets;
  }

  /** Zammad names the source of a link by its ticket number and the target by its id, so the parent is read first. */
  @Override
  public void linkChild(ActionContext context, String parentTicketId, String childTicketId) {
    String parentPath = TICKETS + "/" + parentTicketId;
    JsonNode parent = RemoteHttp.call(SYSTEM_NAME, HttpMethod.GET, parentPath, () -> http.get()
        .uri(TICKETS + "/{id}", parentTicketId)
        .header(HttpHeaders.AUTHORIZATION, authorization)
        .retrieve().body(JsonNode.class));
    String parentNumber = ticketOf(parent, "GET " + parentPath).number();
    RemoteHttp.call(SYSTEM_NAME, HttpMethod.POST, LINKS, () -> http.post().uri(LINKS)
        .header(HttpHeaders.AUTHORIZATION, authorization)
        .contentType(MediaType.APPLICATION_JSON)
        .body(linkBody(parentNumber, childTicketId))
        .retrieve().toBodilessEntity());
  }

  /** The title ends with the action's mark, by which a retry finds the ticket after a crash. */
  static Map<String, Object> createBody(HelpdeskTicketRequest request, String mark) {
    String title = mark == null ? request.title() : request.title() + " [" + mark + "]";
    Map<String, Object> article = new LinkedHashMap<>();
    article.put("subject", request.title());
    article.put("body", request.body());
    article.put("type", "note");
    article.put("internal", false);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", title);
    body.put("group", request.group());
    if (request.customerEmail() != null) {
      body.put("customer", request.customerEmail());
    }
    body.put("article", article);
    return body;
  }

  static Map<String, Object> articleBody(String ticketId, String text) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ticket_id", idValue(ticketId));
    body.put("body", text);
    body.put("content_type", "text/plain");
    body.put("type", "note");
    body.put("internal", false);
    return body;
  }

  /** "The parent ticket is the parent of the child": Zammad lists it under "parent" on the child. */
  static Map<String, Object> linkBody(String parentNumber, String childTicketId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("link_type", "parent");
    body.put("link_object_source", "Ticket");
    body.put("link_object_source_number", parentNumber);
    body.put("link_object_target", "Ticket");
    body.put("link_object_target_value", idValue(childTicketId));
    return body;
  }

  private static Object idValue(String id) {
    return id != null && id.matches("\\d{1,18}") ? Long.parseLong(id) : id;
  }

  private static HelpdeskTicket ticketOf(JsonNode ticket, String request) {
    if (ticket == null || !ticket.hasNonNull("id")) {
      throw new RemoteUnavailableException(SYSTEM_NAME + " answered " + request + " without a ticket: "
          + (ticket == null ? "empty body" : RemoteHttp.excerpt(ticket.toString())));
    }
    return new HelpdeskTicket(ticket.path("id").asText(), text(ticket, "number"), text(ticket, "title"),
        text(ticket, "group"), text(ticket, "state"), text(ticket, "priority"), false);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asText();
  }
}
