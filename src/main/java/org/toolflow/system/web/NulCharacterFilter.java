package org.toolflow.system.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query parameter holding the NUL character before it reaches a query: PostgreSQL cannot store NUL in
 * text and answers an error that would surface as a 500, while H2 silently accepts it.
 */
class NulCharacterFilter extends OncePerRequestFilter {

  static final String PROBLEM = "must not contain the NUL character (\\u0000)";

  private final ObjectMapper json = new ObjectMapper();
  private final boolean camundaShape;

  /** {@code camundaShape}: answer as engine-rest does ({@code type}, {@code message}) rather than as /api does. */
  NulCharacterFilter(boolean camundaShape) {
    this.camundaShape = camundaShape;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> field = parameterWithNul(request);
    if (field.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    Object body = camundaShape
        ? Map.of("type", "InvalidRequestException", "message", "Parameter '" + field.get() + "' " + PROBLEM)
        : Map.of("error", "invalid input", "fields", List.of(new FieldProblem(field.get(), PROBLEM)));
    json.writeValue(response.getOutputStream(), body);
  }

  /** Reads the query string only: parsing a form or multipart body here would consume it before the API does. */
  static Optional<String> parameterWithNul(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query == null || !query.contains("%00")) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
      if (hasNul(name) || hasNul(value)) {
        return Optional.of(name.replace('\0', '?'));
      }
    }
    return Optional.empty();
  }

  private static String decoded(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }

  static boolean hasNul(String text) {
    return text != null && text.indexOf('\0') >= 0;
  }
}
