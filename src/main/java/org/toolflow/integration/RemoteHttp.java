package org.toolflow.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * HTTP to outside systems, the same way for all of them: timeouts, and failures turned into
 * {@link RemoteUnavailableException} (retry) or {@link RemoteRefusedException} (a person must fix something),
 * each carrying the status and what the remote system said.
 */
public final class RemoteHttp {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int EXCERPT = 500;
  // Statuses that say "not now" rather than "not this request".
  private static final Set<Integer> TRANSIENT_CLIENT_ERRORS = Set.of(408, 425, 429);

  private RemoteHttp() {
  }

  /** A client for one system; errors answered by the system become our two exceptions. */
  public static RestClient client(String systemName, String baseUrl, ConnectorProperties timeouts) {
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(timeouts.connectTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
    requests.setReadTimeout(timeouts.readTimeout());
    return RestClient.builder()
        .baseUrl(baseUrl)
        .requestFactory(requests)
        .defaultHeader(HttpHeaders.USER_AGENT, "ToolFlow")
        .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
          throw failure(systemName, request.getMethod(), request.getURI(), response.getStatusCode(),
              read(response.getBody()));
        })
        .build();
  }

  /** Runs one exchange; no answer at all (refused connection, timeout, broken stream) is worth a retry. */
  public static <T> T call(String systemName, HttpMethod method, String path, Supplier<T> exchange) {
    try {
      return exchange.get();
    } catch (ResourceAccessException e) {
      Throwable cause = e.getMostSpecificCause();
      throw new RemoteUnavailableException(systemName + " did not answer " + method + " " + path + ": "
          + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage()), e);
    }
  }

  /** The exception for an error status, with the status and what the body says. */
  public static RuntimeException failure(String systemName, HttpMethod method, URI uri, HttpStatusCode status,
      String body) {
    String said = explain(body);
    String request = method + " " + uri;
    if (status.is5xxServerError() || TRANSIENT_CLIENT_ERRORS.contains(status.value())) {
      return new RemoteUnavailableException(systemName + " answered " + status.value() + " to " + request
          + (said.isEmpty() ? "" : ": " + said));
    }
    return new RemoteRefusedException(systemName + " refused " + request + " with " + status.value()
        + (said.isEmpty() ? "" : ": " + said), status.value());
  }

  /** The human part of an error body: Zammad's error_human/error, RT's and GitHub's message, MediaWiki's info. */
  public static String explain(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    try {
      JsonNode node = JSON.readTree(body);
      for (String field : new String[] {"error_human", "error", "message"}) {
        JsonNode value = node.path(field);
        if (value.isTextual() && !value.asText().isBlank()) {
          return excerpt(value.asText());
        }
        if (value.isObject() && value.path("info").isTextual()) {
          return excerpt(value.path("code").asText() + ": " + value.path("info").asText());
        }
      }
    } catch (IOException | RuntimeException notJson) {
      // fall through to the raw text
    }
    return excerpt(body);
  }

  public static String excerpt(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "…";
  }

  private static String read(InputStream body) {
    try (body) {
      return new String(body.readNBytes(16 * 1024), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
