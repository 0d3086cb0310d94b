package org.toolflow.tasklist;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Start forms served to Tasklist and to REST clients carry the ACTIVE tools as their tool choice. */
@Configuration(proxyBeanMethods = false)
class StartFormToolChoices {

  @Bean
  FilterRegistrationBean<StartFormToolChoicesFilter> startFormToolChoicesFilter(FormChoices choices,
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<StartFormToolChoicesFilter> registration =
        new FilterRegistrationBean<>(new StartFormToolChoicesFilter(choices));
    registration.setName("toolflow-start-form-tool-choices");
    registration.addUrlPatterns(restPath + "/*", webappPath + "/api/*");
    // After the security filters: only an answer the caller may read gets filled.
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }
}
