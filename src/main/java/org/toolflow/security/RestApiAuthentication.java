package org.toolflow.security;

import jakarta.servlet.Filter;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine REST API, ToolFlow's own API and the metrics answer only to users known to Camunda's identity service. */
@Configuration(proxyBeanMethods = false)
class RestApiAuthentication {

  static final String API_PATH = "/api";
  static final String PROMETHEUS_PATH = "/actuator/prometheus";

  @Bean
  FilterRegistrationBean<Filter> engineRestAuthenticationFilter(
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath, RememberedCallers callers) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new EngineRestAuthenticationFilter(callers));
    registration.setName("toolflow-engine-rest-authentication");
    registration.addUrlPatterns(restPath + "/*");
    registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, restPath));
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(ProcessEngine processEngine,
      RememberedCallers callers) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(processEngine, callers));
    registration.setName("toolflow-api-authentication");
    registration.addUrlPatterns(API_PATH + "/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<MetricsScrapeFilter> metricsScrapeFilter(ProcessEngine processEngine) {
    FilterRegistrationBean<MetricsScrapeFilter> registration =
        new FilterRegistrationBean<>(new MetricsScrapeFilter(processEngine.getIdentityService()));
    registration.setName("toolflow-metrics-scrape-authentication");
    registration.addUrlPatterns(PROMETHEUS_PATH, PROMETHEUS_PATH + "/*");
    return registration;
  }
}
