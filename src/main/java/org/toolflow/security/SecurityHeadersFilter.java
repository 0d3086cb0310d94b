package org.toolflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers every answer carries, the engine REST API and {@code /api} included (Camunda adds its own only
 * to the webapps): no MIME sniffing, no referrer to other sites, and HSTS once ToolFlow is reached over TLS.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String HSTS = "max-age=31536000";

  private final boolean behindTls;

  SecurityHeadersFilter(boolean behindTls) {
    this.behindTls = behindTls;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    // Browsers ignore HSTS over plain HTTP; sending it there would only mislead whoever reads the headers.
    if (behindTls || request.isSecure()) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    chain.doFilter(request, response);
  }
}
