package org.toolflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RestErrorSanitizerTest {

  @Test
  void recognisesSqlJdbcAndStackTraces() {
    assertThat(RestErrorSanitizer.leaks("{\"message\":\"StatementCallback; bad SQL grammar [select 1]\"}")).isTrue();
    assertThat(RestErrorSanitizer.leaks("{\"message\":\"org.h2.jdbc.JdbcSQLSyntaxErrorException: x\"}")).isTrue();
    assertThat(RestErrorSanitizer.leaks("{\"message\":\"boom\\n\\tat org.toolflow.Thing.run(Thing.java:3)\"}")).isTrue();
    assertThat(RestErrorSanitizer.leaks("{\"message\":\"### Error querying database\"}")).isTrue();
  }

  @Test
  void leavesOrdinaryMessagesAlone() {
    assertThat(RestErrorSanitizer.leaks("{\"message\":\"ENGINE-09005 Could not parse BPMN process.\"}")).isFalse();
    assertThat(RestErrorSanitizer.leaks("{\"message\":\"Cannot complete task: the process instance is suspended\"}")).isFalse();
  }

  @Test
  void replacesALeakingErrorWithAReferenceAndKeepsOtherAnswers() throws Exception {
    MockHttpServletResponse leaking = new MockHttpServletResponse();
    new RestErrorSanitizer().doFilter(new MockHttpServletRequest("POST", "/engine-rest/x"), leaking, (request, response) -> {
      ((jakarta.servlet.http.HttpServletResponse) response).setStatus(500);
      response.getWriter().write("{\"message\":\"bad SQL grammar [select secret from t]\"}");
    });
    MockHttpServletResponse fine = new MockHttpServletResponse();
    new RestErrorSanitizer().doFilter(new MockHttpServletRequest("GET", "/engine-rest/y"), fine,
        (request, response) -> response.getWriter().write("[{\"sql\":\"a variable may be called so\"}]"));

    assertThat(leaking.getStatus()).isEqualTo(500);
    assertThat(leaking.getContentAsString()).doesNotContain("secret").contains("reference");
    assertThat(fine.getContentAsString()).isEqualTo("[{\"sql\":\"a variable may be called so\"}]");
  }
}
