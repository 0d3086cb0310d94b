package org.toolflow.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.toolflow.TestRest;

/** Calls ToolFlow's audit API over HTTP as a given user, as the Cockpit plugin or a script would. */
final class AuditApi {

  private final ObjectMapper json = new ObjectMapper();
  private final TestRest rest;

  AuditApi(int port) {
    this.rest = new TestRest(port);
  }

  HttpResponse<String> get(String userId, String pathAndQuery) {
    return rest.get(pathAndQuery, userId, AuditProbe.PASSWORD);
  }

  JsonNode json(String userId, String pathAndQuery) throws Exception {
    HttpResponse<String> response = get(userId, pathAndQuery);
    if (response.statusCode() != 200) {
      throw new AssertionError(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
    }
    return json.readTree(response.body());
  }
}
