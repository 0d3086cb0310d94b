package org.toolflow.security;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.http.HttpHeaders;

/**
 * Camunda's authentication of the engine REST API with HTTP Basic, reading the caller from {@link RememberedCallers}:
 * the result carries the groups and tenants, so the filter asks the identity service nothing more.
 */
class EngineRestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  private final RememberedCallers callers;

  EngineRestAuthenticationFilter(RememberedCallers callers) {
    this.callers = callers;
  }

  // Camunda's init would build a provider from a class name only to have it replaced: this one sets its own.
  @Override
  public void init(FilterConfig filterConfig) {
    servletPathPrefix = filterConfig.getInitParameter(SERVLET_PATH_PREFIX);
    authenticationProvider = new AuthenticationProvider() {
      @Override
      public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        RememberedCallers.Caller caller = callers.byBasicCredentials(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (caller == null) {
          return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(caller.userId());
        result.setGroups(caller.groupIds());
        result.setTenants(caller.tenantIds());
        return result;
      }

      @Override
      public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + engine.getName() + "\"");
      }
    };
  }
}
