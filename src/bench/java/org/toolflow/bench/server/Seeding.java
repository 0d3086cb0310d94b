package org.toolflow.bench.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.toolflow.ToolFlowApplication;

/**
 * The seeding step: ToolFlow's own engine, without web server and job executor, on the database the benchmark is about
 * to measure; it writes what it did and how long it took as JSON to {@code bench.seed-report}.
 */
public final class Seeding {

  private Seeding() {
  }

  public static void main(String[] args) {
    ConfigurableApplicationContext context = new SpringApplicationBuilder(ToolFlowApplication.class)
        .web(WebApplicationType.NONE)
        .properties("camunda.bpm.job-execution.enabled=false")
        .run(args);
    try (context) {
      Environment environment = context.getEnvironment();
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      Map<String, Object> report = new LinkedHashMap<>();
      switch (environment.getRequiredProperty("bench.seed")) {
        case "scale" -> new ScaleSeed(engine, environment).seed(report);
        default -> throw new IllegalArgumentException("bench.seed is one of: scale");
      }
      write(Path.of(environment.getRequiredProperty("bench.seed-report")), report);
    }
  }

  private static void write(Path file, Map<String, Object> report) {
    StringBuilder json = new StringBuilder("{");
    report.forEach((key, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(key).append("\":")
        .append(value instanceof Number ? value.toString() : "\"" + value + "\""));
    try {
      Files.writeString(file, json.append('}').toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
