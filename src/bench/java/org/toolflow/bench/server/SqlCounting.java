package org.toolflow.bench.server;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Added to the measured ToolFlow with {@code --spring.main.sources=org.toolflow.bench.server.SqlCounting}: wraps the
 * data source in counting proxies and names each request's call type, outermost, before authentication.
 */
@Configuration(proxyBeanMethods = false)
public class SqlCounting {

  @Bean
  SqlCounters benchSqlCounters() {
    return new SqlCounters();
  }

  @Bean
  static BeanPostProcessor benchCountingDataSource(ObjectProvider<SqlCounters> counters) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource ? CountingJdbc.dataSource(dataSource, counters.getObject()) : bean;
      }
    };
  }

  @Bean
  FilterRegistrationBean<CallTypeFilter> benchCallTypeFilter(SqlCounters counters) {
    FilterRegistrationBean<CallTypeFilter> registration = new FilterRegistrationBean<>(new CallTypeFilter(counters));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.addUrlPatterns("/*");
    return registration;
  }

  @Bean
  SqlCountEndpoint benchSqlCountEndpoint(SqlCounters counters) {
    return new SqlCountEndpoint(counters);
  }
}
