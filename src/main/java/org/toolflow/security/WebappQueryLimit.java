package org.toolflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives the webapps' unbounded reads a page size. With {@code queryMaxResultsLimit} set, the engine refuses a
 * list query without {@code maxResults} from a logged-in user, and Cockpit asks for all versions of a process or
 * decision that way (the version picker). Only the webapps' own engine API is capped; engine-rest clients
 * still have to page.
 */
class WebappQueryLimit extends OncePerRequestFilter {

  static final String MAX_RESULTS = "maxResults";

  private final int limit;

  WebappQueryLimit(int limit) {
    this.limit = limit;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean unbounded = "GET".equals(request.getMethod()) && request.getParameter(MAX_RESULTS) == null;
    chain.doFilter(unbounded ? new Capped(request, String.valueOf(limit)) : request, response);
  }

  /** The same request with {@code maxResults} added, in the query string Jersey reads and in the parameters. */
  private static final class Capped extends HttpServletRequestWrapper {

    private final String maxResults;

    Capped(HttpServletRequest request, String maxResults) {
      super(request);
      this.maxResults = maxResults;
    }

    @Override
    public String getQueryString() {
      String query = super.getQueryString();
      return (query == null || query.isEmpty() ? "" : query + "&") + MAX_RESULTS + "=" + maxResults;
    }

    @Override
    public String getParameter(String name) {
      return MAX_RESULTS.equals(name) ? maxResults : super.getParameter(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
      parameters.put(MAX_RESULTS, new String[] {maxResults});
      return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return MAX_RESULTS.equals(name) ? new String[] {maxResults} : super.getParameterValues(name);
    }
  }
}
