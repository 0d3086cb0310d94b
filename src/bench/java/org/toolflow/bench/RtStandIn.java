package org.toolflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RT's REST2 API as far as the change process uses it, with memory: each ticket created gets the next id and is
 * found again by the ticket search (TicketSQL {@code Subject LIKE '...'}), as ToolFlow looks for it after a crash.
 * It keeps the subject of every create it received, which is how the benchmark counts tickets per change.
 */
final class RtStandIn implements AutoCloseable {

  static final String PATH = "/rt";
  static final String TOKEN = "bench-rt-token";
  private static final Pattern SUBJECT_LIKE = Pattern.compile("Subject LIKE '([^']*)'");

  private final HttpServer server;
  private final AtomicInteger ids = new AtomicInteger(1000);
  private final Map<String, String> subjects = new ConcurrentHashMap<>();
  private final List<String> created = new CopyOnWriteArrayList<>();
  private final AtomicInteger searches = new AtomicInteger();

  private RtStandIn(HttpServer server) {
    this.server = server;
  }

  static RtStandIn start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 50);
      RtStandIn rt = new RtStandIn(server);
      server.createContext(PATH + "/REST/2.0/", rt::answer);
      server.setExecutor(Executors.newFixedThreadPool(4));
      server.start();
      return rt;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String baseUrl() {
    return "http://localhost:" + server.getAddress().getPort() + PATH;
  }

  /** The subject of every ticket created, in the order received. */
  List<String> createdSubjects() {
    return List.copyOf(created);
  }

  int searches() {
    return searches.get();
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!("token " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        send(exchange, 401, "{\"message\":\"Unauthorized\"}");
        return;
      }
      String path = exchange.getRequestURI().getPath().substring(PATH.length());
      String method = exchange.getRequestMethod();
      if (method.equals("POST") && path.equals("/REST/2.0/ticket")) {
        JsonNode body = Api.JSON.readTree(exchange.getRequestBody());
        String id = String.valueOf(ids.incrementAndGet());
        String subject = body.path("Subject").asText();
        subjects.put(id, subject);
        created.add(subject);
        send(exchange, 201, "{\"type\":\"ticket\",\"id\":\"" + id + "\",\"_url\":\"" + baseUrl() + "/REST/2.0/ticket/"
            + id + "\"}");
      } else if (method.equals("GET") && path.equals("/REST/2.0/tickets")) {
        searches.incrementAndGet();
        send(exchange, 200, search(exchange.getRequestURI().getRawQuery()));
      } else if (method.equals("PUT") && path.startsWith("/REST/2.0/ticket/")) {
        exchange.getRequestBody().readAllBytes();
        send(exchange, 200, "[\"Ticket updated\"]");
      } else if (method.equals("POST") && path.endsWith("/comment")) {
        exchange.getRequestBody().readAllBytes();
        send(exchange, 201, "[\"Comments added\"]");
      } else {
        send(exchange, 404, "{\"message\":\"Not found\"}");
      }
    }
  }

  private String search(String rawQuery) {
    String query = "";
    for (String parameter : rawQuery == null ? new String[0] : rawQuery.split("&")) {
      if (parameter.startsWith("query=")) {
        query = URLDecoder.decode(parameter.substring(6), StandardCharsets.UTF_8);
      }
    }
    Matcher like = SUBJECT_LIKE.matcher(query);
    ObjectNode answer = Api.JSON.createObjectNode();
    ArrayNode items = answer.putArray("items");
    if (like.find()) {
      subjects.entrySet().stream().filter(ticket -> ticket.getValue().contains(like.group(1)))
          .sorted(Map.Entry.comparingByKey())
          .forEach(ticket -> items.addObject().put("type", "ticket").put("id", ticket.getKey())
              .put("Subject", ticket.getValue()));
    }
    answer.put("count", items.size()).put("total", items.size()).put("page", 1).put("per_page", 20);
    return answer.toString();
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
