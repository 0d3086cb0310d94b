package org.toolflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/prometheus} answers only to HTTP Basic credentials of a member of {@link Roles#MONITORING} (or an
 * administrator): 401 without valid credentials, 403 for anyone else. {@code /actuator/health} stays open.
 */
class MetricsScrapeFilter extends OncePerRequestFilter {

  private final IdentityService identityService;

  MetricsScrapeFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String userId = BasicCredentials.userOf(request.getHeader(HttpHeaders.AUTHORIZATION), identityService);
    if (userId == null) {
      answer(response, HttpServletResponse.SC_UNAUTHORIZED,
          "authentication required: HTTP Basic credentials of a member of '" + Roles.MONITORING + "'");
      return;
    }
    if (!mayScrape(userId)) {
      answer(response, HttpServletResponse.SC_FORBIDDEN,
          "not authorized: metrics are served to members of '" + Roles.MONITORING + "' only");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean mayScrape(String userId) {
    return identityService.createGroupQuery().groupMember(userId)
        .groupIdIn(Roles.MONITORING, Roles.ADMINISTRATORS).count() > 0;
  }

  private static void answer(HttpServletResponse response, int status, String error) throws IOException {
    response.setStatus(status);
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ToolFlow metrics\"");
    }
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.getWriter().write("{\"error\":\"" + error + "\"}");
  }
}
