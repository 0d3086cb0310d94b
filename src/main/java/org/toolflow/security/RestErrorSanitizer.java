package org.toolflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps SQL and stack traces out of the engine REST API's error answers (engine-rest and the webapps' own
 * copy). Camunda hides its own persistence errors, but passes on the message of whatever a delegate or an
 * expression threw, such as a JDBC error with its statement. Such an answer is replaced by a reference
 * that the server log explains.
 */
class RestErrorSanitizer extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(RestErrorSanitizer.class);
  private static final Pattern LEAK = Pattern.compile(
      "(?i)\\bsql\\b|jdbc|java\\.sql\\.|org\\.h2\\.|org\\.postgresql\\.|org\\.apache\\.ibatis|###"
          + "|\\tat [\\w.$]+\\(|\\\\tat [\\w.$]+\\(");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, captured);
      if (captured.getStatus() >= 400) {
        hideLeak(request, captured);
      }
    } finally {
      captured.copyBodyToResponse();
    }
  }

  static boolean leaks(String body) {
    return LEAK.matcher(body).find();
  }

  private static void hideLeak(HttpServletRequest request, ContentCachingResponseWrapper captured) throws IOException {
    String body = new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8);
    if (!leaks(body)) {
      return;
    }
    String reference = UUID.randomUUID().toString();
    LOG.error("Error answer {} to {} {} hidden from the caller: {}", reference, request.getMethod(),
        request.getRequestURI(), body);
    captured.resetBuffer();
    captured.setContentType(MediaType.APPLICATION_JSON_VALUE);
    captured.setCharacterEncoding(StandardCharsets.UTF_8.name());
    captured.getOutputStream().write(("{\"type\":\"ServerError\",\"message\":\"The server could not complete this request "
        + "(reference " + reference + "); an administrator finds the cause in the server log under that reference.\","
        + "\"code\":0}").getBytes(StandardCharsets.UTF_8));
  }
}
