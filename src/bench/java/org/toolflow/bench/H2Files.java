package org.toolflow.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** H2 in a file, as ToolFlow's default configuration runs it, embedded in ToolFlow's JVM. */
final class H2Files implements BenchDatabase {

  private final Path directory;

  H2Files(Path directory) {
    this.directory = directory.resolve("h2").toAbsolutePath();
  }

  @Override
  public String name() {
    return "h2";
  }

  @Override
  public List<String> arguments() {
    return List.of("--spring.datasource.url=jdbc:h2:file:" + directory.resolve("toolflow") + ";DB_CLOSE_ON_EXIT=FALSE");
  }

  @Override
  public Map<String, Object> describe() {
    Map<String, Object> description = new LinkedHashMap<>();
    description.put("database", "H2 (file, embedded in ToolFlow's JVM)");
    description.put("version", org.h2.engine.Constants.FULL_VERSION);
    return description;
  }

  @Override
  public Map<String, Long> serverCounters() {
    return Map.of();
  }

  @Override
  public Duration serverCpu() {
    return Duration.ZERO;
  }

  @Override
  public void close() {
    // ToolFlow's JVM closed the database when it stopped; the files stay for inspection until mvn clean.
  }
}
