package org.toolflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** ToolFlow's HTTP API on localhost, as one user; every call is timed under the call type the caller names. */
final class Api {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  record Response(int status, JsonNode body) {
  }

  private final URI base;
  private final String user;
  private final String authorization;
  private final Latencies latencies;

  private Api(URI base, String user, String password, Latencies latencies) {
    this.base = base;
    this.user = user;
    this.authorization = "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.latencies = latencies;
  }

  /** A user of the benchmark (all share one password) on ToolFlow at this port. */
  static Api as(int port, String user, Latencies latencies) {
    return new Api(URI.create("http://localhost:" + port), user, BenchSettings.PASSWORD, latencies);
  }

  String user() {
    return user;
  }

  JsonNode get(String callType, String path) {
    return ok(callType, "GET", path, send(callType, request(path).GET()));
  }

  JsonNode post(String callType, String path, Object body) {
    return post(callType, path, body, "application/json");
  }

  JsonNode post(String callType, String path, Object body, String accept) {
    HttpRequest.Builder request = request(path).header("Content-Type", "application/json").header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(json(body)));
    return ok(callType, "POST", path, send(callType, request));
  }

  JsonNode put(String callType, String path) {
    return ok(callType, "PUT", path, send(callType, request(path).PUT(HttpRequest.BodyPublishers.noBody())));
  }

  /** A deployment of one BPMN file through the engine's REST API (multipart, as Camunda Modeler sends it). */
  JsonNode deploy(String callType, String name, String fileName, byte[] bpmn) {
    String boundary = "bench-" + System.nanoTime();
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: application/xml\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), bpmn, tail.getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = request("/engine-rest/deployment/create")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    return ok(callType, "POST", "/engine-rest/deployment/create", send(callType, request));
  }

  Response getAnyStatus(String callType, String path) {
    return send(callType, request(path).GET());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
        .header("Authorization", authorization).header("Accept", "application/json");
  }

  private Response send(String callType, HttpRequest.Builder request) {
    long start = System.nanoTime();
    HttpResponse<String> response;
    try {
      response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(callType + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(callType + " interrupted", e);
    }
    latencies.record(callType, System.nanoTime() - start);
    return new Response(response.statusCode(), parse(response.body()));
  }

  private static JsonNode ok(String callType, String method, String path, Response response) {
    if (response.status() / 100 != 2) {
      throw new IllegalStateException(callType + ": " + method + " " + path + " answered " + response.status() + " "
          + response.body());
    }
    return response.body();
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.getNodeFactory().textNode(body);
    }
  }

  private static String json(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
