package org.toolflow.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** HTTP against the shared test server: Basic-authenticated REST calls, Modeler-style uploads, webapp logins. */
final class TestHttp {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  TestHttp(int port) {
    this.base = "http://localhost:" + port;
  }

  String base() {
    return base;
  }

  HttpResponse<String> get(String path, Credentials who) {
    return send(request(path, who).GET());
  }

  HttpResponse<String> json(String method, String path, Credentials who, String body) {
    return send(request(path, who).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A multipart upload as Camunda Modeler sends it: form fields, then one part per file, named after the file. */
  HttpResponse<String> multipart(String path, Credentials who, Map<String, String> fields, Map<String, byte[]> files) {
    String boundary = "toolflow-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"\r\n\r\n" + value + "\r\n"));
    files.forEach((name, content) -> {
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(content);
      write(body, "\r\n");
    });
    write(body, "--" + boundary + "--\r\n");
    return send(request(path, who).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** A browser that opened a webapp's page without logging in: it holds a session and its CSRF token. */
  WebappSession open(String app) {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> page = send(browser, HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/default/")).GET());
    return new WebappSession(browser, base, 0, page.headers().firstValue("X-XSRF-TOKEN").orElseThrow());
  }

  /** Logs into a webapp the way its login page does: XSRF token from the page, then the form post. */
  WebappSession login(String app, Credentials who) {
    WebappSession page = open(app);
    String form = "username=" + encode(who.user()) + "&password=" + encode(who.password());
    HttpResponse<String> login = send(page.browser(), HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", page.xsrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    // Logging in starts a new session, which gets a new token with its first answer.
    HttpResponse<String> first = send(page.browser(), HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine")).GET());
    return new WebappSession(page.browser(), base, login.statusCode(),
        first.headers().firstValue("X-XSRF-TOKEN").orElse(page.xsrfToken()));
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    return send(http, request);
  }

  HttpRequest.Builder request(String path, Credentials who) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (who != null) {
      request.header("Authorization", basic(who.user(), who.password()));
    }
    return request;
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  record Credentials(String user, String password) {
  }

  /** A logged-in browser: its cookies, and the CSRF token the webapps send back on every change. */
  record WebappSession(HttpClient browser, String base, int loginStatus, String xsrfToken) {

    HttpResponse<String> get(String path) {
      return send(browser, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<String> post(String path, String json, boolean withToken) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
      if (withToken) {
        request.header("X-XSRF-TOKEN", xsrfToken);
      }
      return send(browser, request);
    }
  }
}
