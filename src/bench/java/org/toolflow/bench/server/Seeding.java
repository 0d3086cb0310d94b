package org.toolflow.bench.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.toolflow.ToolFlowApplication;

/**
 * The seeding step: ToolFlow's own engine, without job executor, on the database the benchmark is about
 * to measure; it writes what it did and how long it took as JSON to {@code bench.seed-report}.
 */
public final class Seeding {

  private Seeding() {
  }

  public static void main(String[] args) throws SQLException {
    ConfigurableApplicationContext context = new SpringApplicationBuilder(ToolFlowApplication.class)
        // The engine REST and webapp starters need a servlet container; it listens on a free port nobody calls.
        .properties("camunda.bpm.job-execution.enabled=false", "server.port=0")
        .run(args);
    try (context) {
      Environment environment = context.getEnvironment();
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      Map<String, Object> report = new LinkedHashMap<>();
      long started = System.nanoTime();
      new PeopleSeed(engine, context).seed(report);
      new ScaleSeed(engine, environment, context.getBean(DataSource.class)).seed(report);
      report.put("seconds", Math.round((System.nanoTime() - started) / 1e7) / 100.0);
      write(Path.of(environment.getRequiredProperty("bench.seed-report")), report);
    }
  }

  private static void write(Path file, Map<String, Object> report) {
    try {
      new ObjectMapper().writeValue(file.toFile(), report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
