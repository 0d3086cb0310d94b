package org.toolflow.system.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The house rule, checked on the sources: production code reads the time only through the injected Clock. */
class TimeReadThroughClockTest {

  static final Path SOURCES = Path.of("src", "main", "java");
  // The one class that may read the engine clock directly: it is the Clock everything else is given.
  static final Path ENGINE_CLOCK = SOURCES.resolve(Path.of("org", "toolflow", "system", "time", "EngineClock.java"));

  // Each reads the JVM's clock, or the engine's past the Clock bean; LocalDate.now(clock) is the allowed form.
  static final List<Pattern> OTHER_CLOCKS = List.of(
      Pattern.compile("Instant\\.now\\("),
      Pattern.compile("new\\s+(java\\.util\\.)?Date\\(\\s*\\)"),
      Pattern.compile("LocalDate\\.now\\(\\s*\\)"),
      Pattern.compile("LocalTime\\.now\\(\\s*\\)"),
      Pattern.compile("LocalDateTime\\.now\\("),
      Pattern.compile("OffsetDateTime\\.now\\("),
      Pattern.compile("ZonedDateTime\\.now\\("),
      Pattern.compile("Calendar\\.getInstance\\("),
      Pattern.compile("Clock\\.system"),
      Pattern.compile("System\\.currentTimeMillis"),
      Pattern.compile("ClockUtil\\."));

  static final Path TESTS = Path.of("src", "test", "java");
  static final Path TEST_CLOCK = Path.of("org", "toolflow", "TestClock.java");
  // A test may freeze the engine clock, but must read it, and give it back, through TestClock.
  static final List<Pattern> TEST_TIME_READS = List.of(
      Pattern.compile("Instant\\.now\\("),
      Pattern.compile("new\\s+(java\\.util\\.)?Date\\(\\s*\\)"),
      Pattern.compile("(LocalDate|LocalTime|LocalDateTime|OffsetDateTime|ZonedDateTime)\\.now\\(\\s*\\)"),
      Pattern.compile("ClockUtil\\.(reset|getCurrentTime)\\("));

  @Test
  void noProductionClassReadsTheTimeAnotherWay() throws IOException {
    List<Path> scanned;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      scanned = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
    List<String> offenders = new ArrayList<>();
    for (Path file : scanned) {
      if (!file.equals(ENGINE_CLOCK)) {
        offenders.addAll(offences(file.toString(), read(file), OTHER_CLOCKS));
      }
    }

    assertThat(scanned).as("the scan must see the production sources").contains(ENGINE_CLOCK);
    assertThat(offenders).as("read the time through an injected java.time.Clock (the EngineClock bean) instead")
        .isEmpty();
  }

  @Test
  void noTestReadsTodayOrNowPastTheTestClock() throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TESTS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        if (!file.endsWith(TEST_CLOCK) && !file.endsWith(Path.of("TimeReadThroughClockTest.java"))) {
          offenders.addAll(offences(file.toString(), read(file), TEST_TIME_READS));
        }
      }
    }

    assertThat(offenders).as("read now and today through TestClock, so -Dtoolflow.test.clock moves every test")
        .isEmpty();
  }

  @Test
  void theScanNamesEachOtherClockByLineAndLetsTheInjectedClockPass() {
    List<String> source = List.of(
        "Instant now = Instant.now();",
        "variables.put(REPORTED_AT, new Date());",
        "LocalDate today = LocalDate.now();",
        "LocalTime.now()",
        "LocalDateTime.now(ZoneOffset.UTC)",
        "OffsetDateTime.now(clock)",
        "ZonedDateTime.now()",
        "Calendar.getInstance()",
        "Clock clock = Clock.systemUTC();",
        "long started = System.currentTimeMillis();",
        "return ClockUtil.getCurrentTime();",
        "Instant now = clock.instant();",
        "LocalDate today = LocalDate.now(clock);",
        "execution.setVariable(DUE, Date.from(clock.instant()));",
        "long elapsed = System.nanoTime() - started;");

    List<String> found = offences("Sample.java", source, OTHER_CLOCKS);

    assertThat(found).hasSize(OTHER_CLOCKS.size());
    for (int line = 1; line <= OTHER_CLOCKS.size(); line++) {
      assertThat(found.get(line - 1)).startsWith("Sample.java:" + line + ": ");
    }
  }

  private static List<String> offences(String file, List<String> lines, List<Pattern> clocks) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (clocks.stream().anyMatch(clock -> clock.matcher(line).find())) {
        found.add(file + ":" + (i + 1) + ": " + line.trim());
      }
    }
    return found;
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
