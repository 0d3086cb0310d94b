package org.toolflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A running ToolFlow's HTTP API as one person sees it: HTTP Basic, JSON bodies, the answer as text. */
public final class TestRest {

  private static final ObjectMapper JSON = new ObjectMapper();

  // One client for every test: it is thread-safe, and each client holds threads of its own.
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String base;

  public TestRest(int port) {
    this.base = "http://localhost:" + port;
  }

  public HttpResponse<String> get(String path, String user, String password) {
    return send("GET", path, user, password, null);
  }

  /** Sends {@code body} as it is when it is a String, as JSON otherwise, and no body when it is null. */
  public HttpResponse<String> send(String method, String path, String user, String password, Object body) {
    return send(method, path, user, password, "application/json",
        body == null ? null : text(body).getBytes(StandardCharsets.UTF_8));
  }

  /** Sends {@code body} byte for byte as {@code contentType}, and no body when it is null. */
  public HttpResponse<String> send(String method, String path, String user, String password, String contentType,
      byte[] body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", basic(user, password))
        .header("Content-Type", contentType)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + path + " interrupted", e);
    }
  }

  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String text(Object body) {
    try {
      return body instanceof String text ? text : JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + body, e);
    }
  }
}
