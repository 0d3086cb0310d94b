package org.toolflow.security;

import jakarta.servlet.Filter;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine REST API answers only to HTTP Basic credentials checked by Camunda's identity service. */
@Configuration(proxyBeanMethods = false)
class RestApiAuthentication {

  @Bean
  FilterRegistrationBean<Filter> engineRestAuthenticationFilter(
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("toolflow-engine-rest-authentication");
    registration.addUrlPatterns(restPath + "/*");
    registration.setInitParameters(Map.of(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName(),
        "rest-url-pattern-prefix", restPath));
    return registration;
  }
}
