package org.toolflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every call to ToolFlow's own {@code /api/**}: HTTP Basic against Camunda's identity
 * service, or, for reads only, the session of a user logged into the Camunda webapps (Cockpit plugins).
 * The engine then applies the user's authorizations to whatever the endpoint queries; on top of that,
 * auditors and process owners only read here: any other method than GET, HEAD or OPTIONS is refused to them.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final ProcessEngine processEngine;
  private final RememberedCallers callers;

  ApiAuthenticationFilter(ProcessEngine processEngine, RememberedCallers callers) {
    this.processEngine = processEngine;
    this.callers = callers;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    IdentityService identityService = processEngine.getIdentityService();
    RememberedCallers.Caller caller = authenticatedCaller(request);
    if (caller == null) {
      refuse(response);
      return;
    }
    if (!READ_METHODS.contains(request.getMethod()) && !Roles.mayChange(caller.groupIds())) {
      forbid(response);
      return;
    }
    try {
      identityService.setAuthentication(caller.userId(), caller.groupIds(), caller.tenantIds());
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private RememberedCallers.Caller authenticatedCaller(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (BasicCredentials.present(header)) {
      return callers.byBasicCredentials(header);
    }
    // A webapp session only reads: its writes would need the webapps' CSRF token, which /api does not check.
    String sessionUser = "GET".equals(request.getMethod()) ? sessionUser(request.getSession(false)) : null;
    return sessionUser == null ? null : callers.of(sessionUser);
  }

  private String sessionUser(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    UserAuthentication user = authentications == null ? null
        : (UserAuthentication) authentications.getAuthenticationForProcessEngine(processEngine.getName());
    return user == null ? null : user.getIdentityId();
  }

  private static void refuse(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ToolFlow\"");
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.getWriter().write("{\"error\":\"authentication required: HTTP Basic credentials of a ToolFlow user\"}");
  }

  private static void forbid(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.getWriter().write("{\"error\":\"not authorized: this role only reads\"}");
  }
}
