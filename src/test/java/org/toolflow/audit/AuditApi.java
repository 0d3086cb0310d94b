package org.toolflow.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls ToolFlow's audit API over HTTP as a given user, as the Cockpit plugin or a script would. */
final class AuditApi {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final int port;

  AuditApi(int port) {
    this.port = port;
  }

  HttpResponse<String> get(String userId, String pathAndQuery) throws Exception {
    String credentials = Base64.getEncoder()
        .encodeToString((userId + ":" + AuditProbe.PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
        .header("Authorization", "Basic " + credentials).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  JsonNode json(String userId, String pathAndQuery) throws Exception {
    HttpResponse<String> response = get(userId, pathAndQuery);
    if (response.statusCode() != 200) {
      throw new AssertionError(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
    }
    return json.readTree(response.body());
  }
}
