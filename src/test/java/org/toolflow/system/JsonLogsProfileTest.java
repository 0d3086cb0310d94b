package org.toolflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The profile {@code json-logs} turns console lines into JSON (ECS); without it they stay plain. Encodes one event
 * with Spring Boot's own encoder in a logger context of its own, so the JVM's logging is left as it is.
 */
class JsonLogsProfileTest {

  private static final String FORMAT = "logging.structured.format.console";

  @Test
  void theProfileMakesEveryConsoleLineOneEcsJsonObject() throws IOException {
    StandardEnvironment environment = environment("application-json-logs.yaml", "application.yaml");
    assertThat(environment.getProperty(FORMAT)).isEqualTo("ecs");

    String line = encode(environment, "Change CHG-7 accepted");

    assertThat(line).endsWith("\n");
    assertThat(line.strip()).doesNotContain("\n");
    JsonNode json = new ObjectMapper().readTree(line);
    assertThat(json.path("message").asText()).isEqualTo("Change CHG-7 accepted");
    assertThat(field(json, "log", "level")).isEqualTo("INFO");
    assertThat(field(json, "service", "name")).isEqualTo("toolflow");
    assertThat(json.has("@timestamp")).isTrue();
  }

  @Test
  void withoutTheProfileNoStructuredFormatIsSet() throws IOException {
    assertThat(environment("application.yaml").getProperty(FORMAT)).isNull();
  }

  private static StandardEnvironment environment(String... files) throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    for (String file : files) {
      new YamlPropertySourceLoader().load(file, new ClassPathResource(file))
          .forEach(environment.getPropertySources()::addLast);
    }
    return environment;
  }

  private static String encode(Environment environment, String message) {
    LoggerContext context = new LoggerContext();
    context.putObject(Environment.class.getName(), environment);
    StructuredLogEncoder encoder = new StructuredLogEncoder();
    encoder.setContext(context);
    encoder.setFormat(environment.getProperty(FORMAT));
    encoder.start();
    try {
      LoggingEvent event = new LoggingEvent(JsonLogsProfileTest.class.getName(),
          context.getLogger("org.toolflow.change"), Level.INFO, message, null, null);
      // A logger context of its own has no MDC adapter: the event brings its (empty) MDC itself.
      event.setMDCPropertyMap(Map.of());
      return new String(encoder.encode(event), StandardCharsets.UTF_8);
    } finally {
      encoder.stop();
      context.stop();
    }
  }

  /** ECS fields, written flat ("log.level") or nested, whichever the encoder's version writes. */
  private static String field(JsonNode json, String parent, String child) {
    JsonNode flat = json.get(parent + "." + child);
    return flat != null ? flat.asText() : json.path(parent).path(child).asText();
  }
}
