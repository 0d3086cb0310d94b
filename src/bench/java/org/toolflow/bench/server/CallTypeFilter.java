package org.toolflow.bench.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/** Names the call type of each HTTP request, so the SQL it causes (authentication included) is counted under it. */
final class CallTypeFilter extends OncePerRequestFilter {

  // A path segment holding a digit is an id (engine ids, CHG-12, BENCH-000001); tool keys and words have none.
  private static final Pattern ID = Pattern.compile("[^/]*\\d[^/]*");

  private final SqlCounters counters;

  CallTypeFilter(SqlCounters counters) {
    this.counters = counters;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String callType = callType(request.getMethod(), request.getRequestURI());
    counters.request(callType);
    SqlCounters.enterCall(callType);
    try {
      chain.doFilter(request, response);
    } finally {
      SqlCounters.leaveCall();
    }
  }

  static String callType(String method, String path) {
    StringBuilder normalized = new StringBuilder();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        normalized.append('/').append(ID.matcher(segment).matches() ? "{id}" : segment);
      }
    }
    return method + " " + normalized;
  }
}
