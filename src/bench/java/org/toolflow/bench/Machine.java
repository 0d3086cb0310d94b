package org.toolflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine the figures were measured on, and how busy it was. */
final class Machine {

  private Machine() {
  }

  static Map<String, Object> describe() {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("cpuModel", firstValue(Path.of("/proc/cpuinfo"), "model name"));
    machine.put("memoryMiB", kib(firstValue(Path.of("/proc/meminfo"), "MemTotal")) / 1024);
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    machine.put("loadAverage", loadAverage());
    return machine;
  }

  /** The 1, 5 and 15 minute load averages: other work on the machine shares its cores with the benchmark. */
  static String loadAverage() {
    try {
      List<String> fields = List.of(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+"));
      return String.join(" ", fields.subList(0, 3));
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String firstValue(Path file, String key) {
    try {
      return Files.readAllLines(file).stream().filter(line -> line.startsWith(key)).findFirst()
          .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  static long kib(String value) {
    String digits = value.replaceAll("[^0-9]", "");
    return digits.isEmpty() ? 0 : Long.parseLong(digits);
  }
}
