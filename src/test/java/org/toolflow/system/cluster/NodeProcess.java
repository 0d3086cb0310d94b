package org.toolflow.system.cluster;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * A ToolFlow node in a JVM of its own, started with the test classpath, so that it can be killed like a
 * crashing machine: SIGKILL, no shutdown hook, no transaction finished, no lock released.
 */
final class NodeProcess implements AutoCloseable {

  private final Process process;
  private final Path portFile;
  private final Path log;

  private NodeProcess(Process process, Path portFile, Path log) {
    this.process = process;
    this.portFile = portFile;
    this.log = log;
  }

  static NodeProcess start(Path workDirectory, String name, String... springArguments) throws IOException {
    Path portFile = workDirectory.resolve(name + ".port");
    Path log = workDirectory.resolve(name + ".log");
    Files.deleteIfExists(portFile);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), portFile.toString()));
    command.addAll(List.of(springArguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new NodeProcess(process, portFile, log);
  }

  /** Waits until the node serves HTTP; fails early, with its log, if it died instead. */
  int awaitPort(Duration atMost) throws IOException {
    await("node serving HTTP").atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> {
      if (!process.isAlive()) {
        throw new IllegalStateException("node exited with " + process.exitValue() + ":\n" + Files.readString(log));
      }
      return Files.exists(portFile);
    });
    return Integer.parseInt(Files.readString(portFile).trim());
  }

  /** SIGKILL, as a power cut or the kernel's OOM killer would end it; returns the exit status. */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("node survived SIGKILL");
    }
    return process.exitValue();
  }

  String log() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  /** Entry point of the node's JVM: the port file first, then the usual Spring arguments. */
  public static final class Main {

    private Main() {
    }

    public static void main(String[] args) {
      // A node left behind by a test JVM that died would otherwise hang on forever.
      ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(1)));
      ToolFlowNode.application()
          .listeners(new PortFileWriter(Path.of(args[0])))
          .run(List.of(args).subList(1, args.length).toArray(String[]::new));
    }
  }

  /** Written once the node is ready, i.e. after the models and the administrator exist. */
  private record PortFileWriter(Path file) implements ApplicationListener<ApplicationReadyEvent> {

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
      try {
        Path written = Files.writeString(file.resolveSibling(file.getFileName() + ".tmp"),
            event.getApplicationContext().getEnvironment().getRequiredProperty("local.server.port"));
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
