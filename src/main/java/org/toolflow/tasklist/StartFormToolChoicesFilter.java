package org.toolflow.tasklist;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist loads no variables for a start form, so a start form cannot read its options from the process; it reads
 * the form itself ({@code GET .../process-definition/.../deployed-start-form}). This filter fills the tool choice of
 * that answer with the ACTIVE tools as the registry holds them at that moment, so no deployment has to follow the
 * registry. The server still checks the chosen key on start.
 */
class StartFormToolChoicesFilter extends OncePerRequestFilter {

  static final String START_FORM_PATH_END = "/deployed-start-form";

  private final FormChoices choices;

  StartFormToolChoicesFilter(FormChoices choices) {
    this.choices = choices;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod()) || !request.getRequestURI().endsWith(START_FORM_PATH_END);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, captured);
    byte[] body = captured.getContentAsByteArray();
    if (captured.getStatus() == HttpServletResponse.SC_OK && body.length > 0) {
      byte[] filled = choices.fill(body);
      if (filled != body) {
        captured.resetBuffer();
        captured.getOutputStream().write(filled);
      }
    }
    captured.copyBodyToResponse();
  }
}
