package org.toolflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ToolFlow's packaged jar in a JVM of its own. The jar runs through Spring Boot's PropertiesLauncher only to add the
 * benchmark's SQL counting ({@code loader.path}); the seeding step runs the same way with its own main class.
 */
final class ServerJvm implements AutoCloseable {

  static final String LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";
  private static final Pattern STARTED = Pattern.compile("Started ToolFlowApplication in ([0-9.]+) seconds");
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(10);

  private final Process process;
  private final int port;
  private final Path log;
  private final long launchedNanos;
  private long readyMillis;

  private ServerJvm(Process process, int port, Path log, long launchedNanos) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.launchedNanos = launchedNanos;
  }

  /** Starts ToolFlow and waits until {@code /actuator/health} answers UP. */
  static ServerJvm start(BenchSettings settings, BenchDatabase database, Path directory, String name) {
    return start(settings, database, directory, name, List.of());
  }

  /** As {@link #start(BenchSettings, BenchDatabase, Path, String)}, with more Spring arguments (connectors, say). */
  static ServerJvm start(BenchSettings settings, BenchDatabase database, Path directory, String name,
      List<String> moreArguments) {
    int port = freePort();
    List<String> command = new ArrayList<>(javaCommand(settings, settings.serverJvmOptions(), null));
    command.addAll(database.arguments());
    command.addAll(List.of("--server.port=" + port,
        "--spring.main.sources=org.toolflow.bench.server.SqlCounting",
        "--management.endpoints.web.exposure.include=health,benchsql,metrics,env",
        "--management.endpoint.env.show-values=always"));
    command.addAll(adminArguments(directory));
    command.addAll(moreArguments);
    Path log = directory.resolve(name + ".log");
    long launched = System.nanoTime();
    Process process = launch(command, log);
    ServerJvm server = new ServerJvm(process, port, log, launched);
    server.awaitReady();
    return server;
  }

  /**
   * A JVM without the benchmark's SQL counting, for comparisons: ToolFlow's own main class when {@code mainClass} is
   * null (with the benchmark's administrator), otherwise that class from the benchmark's extension.
   */
  static ServerJvm startPlain(BenchSettings settings, Path directory, String name, String mainClass,
      List<String> arguments) {
    int port = freePort();
    List<String> command = new ArrayList<>(javaCommand(settings, settings.serverJvmOptions(), mainClass));
    command.addAll(arguments);
    command.add("--server.port=" + port);
    if (mainClass == null) {
      command.addAll(adminArguments(directory));
    }
    Path log = directory.resolve(name + ".log");
    long launched = System.nanoTime();
    ServerJvm server = new ServerJvm(launch(command, log), port, log, launched);
    server.awaitReady();
    return server;
  }

  /** Runs the seeding step to its end and returns the JSON report it wrote. */
  static String seed(BenchSettings settings, BenchDatabase database, Path directory, List<String> arguments) {
    Path report = directory.resolve("seeding.json");
    List<String> command = new ArrayList<>(javaCommand(settings, settings.serverJvmOptions(),
        "org.toolflow.bench.server.Seeding"));
    command.addAll(database.arguments());
    command.addAll(adminArguments(directory));
    command.addAll(arguments);
    command.add("--bench.seed-report=" + report.toAbsolutePath());
    // The history copies are single statements of 100,000 rows and more: on a loaded machine they outlast the
    // production socket timeout on PostgreSQL, which is meant for ToolFlow's own queries, not for a bulk load.
    if (database.name().equals("postgres")) {
      command.add("--spring.datasource.hikari.data-source-properties[socketTimeout]=0");
    }
    Process process = launch(command, directory.resolve("seeding.log"));
    try {
      if (!process.waitFor(2, TimeUnit.HOURS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException("the seeding step failed; see " + directory.resolve("seeding.log"));
      }
      return Files.readString(report);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException("interrupted while seeding", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return port;
  }

  long pid() {
    return process.pid();
  }

  /** Launch to the first UP from health, as a client sees it; and Spring's own figure from the log. */
  Map<String, Object> startup() {
    Map<String, Object> startup = new LinkedHashMap<>();
    startup.put("readyMs", readyMillis);
    startup.put("springReportedSeconds", springStartedSeconds());
    startup.put("memory", memory());
    return startup;
  }

  /** Resident memory now and at its peak (VmRSS, VmHWM of /proc/pid/status), in MiB. */
  Map<String, Object> memory() {
    Map<String, Object> memory = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          memory.put("rssMiB", Machine.kib(line) / 1024);
        } else if (line.startsWith("VmHWM:")) {
          memory.put("peakRssMiB", Machine.kib(line) / 1024);
        }
      }
    } catch (IOException e) {
      memory.put("rssMiB", "unknown: " + e.getMessage());
    }
    return memory;
  }

  Duration cpu() {
    return process.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** SIGKILL, as a power cut or the kernel's OOM killer ends it: no shutdown hook, nothing committed or released. */
  void kill() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("ToolFlow survived SIGKILL");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** SIGTERM, as an operator stops it; ToolFlow finishes what runs and exits. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private void awaitReady() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
        .timeout(Duration.ofSeconds(5)).build();
    long deadline = launchedNanos + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("ToolFlow exited with " + process.exitValue() + " while starting; see " + log);
      }
      try {
        HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
          readyMillis = (System.nanoTime() - launchedNanos) / 1_000_000;
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(50);
    }
    close();
    throw new IllegalStateException("ToolFlow was not ready within " + READY_TIMEOUT + "; see " + log);
  }

  private Double springStartedSeconds() {
    try {
      Matcher matcher = STARTED.matcher(Files.readString(log));
      return matcher.find() ? Double.valueOf(matcher.group(1)) : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static List<String> javaCommand(BenchSettings settings, List<String> jvmOptions, String mainClass) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-Dloader.path=" + settings.extension().toAbsolutePath());
    if (mainClass != null) {
      command.add("-Dloader.main=" + mainClass);
    }
    command.addAll(List.of("-cp", settings.jar().toAbsolutePath().toString(), LAUNCHER));
    return command;
  }

  private static List<String> adminArguments(Path directory) {
    return List.of("--toolflow.admin.user=" + BenchSettings.ADMIN, "--toolflow.admin.password=" + BenchSettings.PASSWORD,
        "--toolflow.admin.data-dir=" + directory.resolve("data").toAbsolutePath());
  }

  private static Process launch(List<String> command, Path log) {
    try {
      Files.createDirectories(log.getParent());
      return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
