package org.toolflow.system.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Keeps the NUL character out of every text ToolFlow stores: from query parameters and from JSON bodies. */
@Configuration(proxyBeanMethods = false)
class NulCharacterGuard {

  @Bean
  FilterRegistrationBean<NulCharacterFilter> apiNulCharacterFilter() {
    FilterRegistrationBean<NulCharacterFilter> registration = new FilterRegistrationBean<>(new NulCharacterFilter(false));
    registration.setName("toolflow-api-nul-character");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
    return registration;
  }

  @Bean
  FilterRegistrationBean<NulCharacterFilter> engineRestNulCharacterFilter(
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<NulCharacterFilter> registration = new FilterRegistrationBean<>(new NulCharacterFilter(true));
    registration.setName("toolflow-engine-rest-nul-character");
    registration.addUrlPatterns(restPath + "/*", webappPath + "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
    return registration;
  }

  @Bean
  Jackson2ObjectMapperBuilderCustomizer textWithoutNul() {
    SimpleModule module = new SimpleModule("toolflow-text-without-nul");
    module.addDeserializer(String.class, new TextWithoutNul());
    return builder -> builder.modulesToInstall(module);
  }

  /** Jackson's own text reading, refusing NUL so the error names the JSON field it came in. */
  static final class TextWithoutNul extends StdScalarDeserializer<String> {

    TextWithoutNul() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String text = StringDeserializer.instance.deserialize(parser, context);
      if (NulCharacterFilter.hasNul(text)) {
        throw InvalidFormatException.from(parser, NulCharacterFilter.PROBLEM, text, String.class);
      }
      return text;
    }
  }
}
