package org.toolflow.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The servlet filters that harden every answer; Camunda's own header, cookie and CSRF filters are configured in YAML. */
@Configuration(proxyBeanMethods = false)
class WebHardening {

  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(WebProperties web) {
    FilterRegistrationBean<SecurityHeadersFilter> registration =
        new FilterRegistrationBean<>(new SecurityHeadersFilter(web.behindTls()));
    registration.setName("toolflow-security-headers");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RestErrorSanitizer> restErrorSanitizer(
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<RestErrorSanitizer> registration = new FilterRegistrationBean<>(new RestErrorSanitizer());
    registration.setName("toolflow-rest-error-sanitizer");
    registration.addUrlPatterns(restPath + "/*", webappPath + "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WebappQueryLimit> webappQueryLimit(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
      @Value("${camunda.bpm.generic-properties.properties.query-max-results-limit:2000}") int limit) {
    FilterRegistrationBean<WebappQueryLimit> registration = new FilterRegistrationBean<>(new WebappQueryLimit(limit));
    registration.setName("toolflow-webapp-query-limit");
    registration.addUrlPatterns(webappPath + "/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }
}
