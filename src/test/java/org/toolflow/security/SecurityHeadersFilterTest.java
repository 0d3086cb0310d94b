package org.toolflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SecurityHeadersFilterTest {

  @Test
  void configuredBehindTlsEveryAnswerCarriesHstsEvenWhenTheProxySaysNothing() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();

    new SecurityHeadersFilter(true).doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), response,
        new MockFilterChain());

    assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo(SecurityHeadersFilter.HSTS);
    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void overPlainHttpThereIsNoHsts() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();

    new SecurityHeadersFilter(false).doFilter(new MockHttpServletRequest("GET", "/api/me"), response, new MockFilterChain());

    assertThat(response.getHeader("Strict-Transport-Security")).isNull();
    assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
  }
}
