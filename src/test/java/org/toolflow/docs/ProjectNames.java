package org.toolflow.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** What the project declares, read from its files: classes, model names, properties and endpoints. */
final class ProjectNames {

  private static final Pattern CONFIGURATION_PREFIX = Pattern.compile("@ConfigurationProperties\\(\"([^\"]+)\"\\)");
  private static final Pattern MAPPING =
      Pattern.compile("@(Request|Get|Post|Put|Delete|Patch)Mapping(?:\\(([^)]*)\\))?");
  private static final Pattern CLASS_DECLARATION =
      Pattern.compile("(?m)^(?:public |final |abstract )*(?:class|record|interface) ");
  private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern MODEL_NAME = Pattern.compile("\\b(?:name|errorCode|id)=\"([^\"]+)\"");

  private final Path root;
  private final Map<String, Path> javaFiles = new HashMap<>();
  private final Set<String> modelNames = new HashSet<>();
  private final Set<String> yamlKeys = new HashSet<>();
  private final Map<String, String> configurationClasses = new HashMap<>();
  private final List<String> endpoints = new ArrayList<>();
  private final StringBuilder mainSources = new StringBuilder();
  private final StringBuilder buildAndTestSources = new StringBuilder();

  ProjectNames(Path root) {
    this.root = root;
    walk(root.resolve("src"), ".java").forEach(this::readJava);
    walk(root.resolve("processes"), "").forEach(file -> collect(MODEL_NAME, read(file), modelNames));
    walk(root.resolve("src/main/resources"), ".yaml").forEach(this::readYaml);
    buildAndTestSources.append(read(root.resolve("pom.xml")));
  }

  Path root() {
    return root;
  }

  boolean hasClass(String simpleName) {
    return javaFiles.containsKey(simpleName);
  }

  /** The source text of a ToolFlow class, or null when there is none. */
  String sourceOf(String simpleName) {
    Path file = javaFiles.get(simpleName);
    return file == null ? null : read(file);
  }

  /** Message, signal, error and element names of the models: documentation names them like classes. */
  boolean hasModelName(String name) {
    return modelNames.contains(name);
  }

  /** A {@code toolflow.…} property ToolFlow reads: set in application*.yaml or bound in src/main/java. */
  boolean hasProperty(String key) {
    if (yamlKeys.stream().anyMatch(known -> known.equals(key) || known.startsWith(key + "."))) {
      return true;
    }
    if (mainSources.indexOf(key) >= 0) {
      return true;
    }
    return configurationClasses.entrySet().stream()
        .anyMatch(bound -> key.equals(bound.getKey()) || boundBy(key, bound.getKey(), bound.getValue()));
  }

  /** A {@code -D} switch of the build or of the tests: named in pom.xml or in src/test. */
  boolean hasBuildSwitch(String key) {
    return buildAndTestSources.indexOf(key) >= 0;
  }

  /** Whether one of ToolFlow's controllers declares this path; {@code {x}} segments match any segment. */
  boolean hasEndpoint(String path) {
    String[] wanted = path.split("/");
    return endpoints.stream().map(endpoint -> endpoint.split("/")).anyMatch(declared -> sameTemplate(wanted, declared));
  }

  List<String> endpoints() {
    return endpoints;
  }

  // The rest of the key after the @ConfigurationProperties prefix: its first segment, camel-cased, in that class.
  private static boolean boundBy(String key, String prefix, String source) {
    if (!key.startsWith(prefix + ".")) {
      return false;
    }
    String segment = key.substring(prefix.length() + 1).split("\\.")[0];
    StringBuilder camel = new StringBuilder();
    boolean upper = false;
    for (char c : segment.toCharArray()) {
      if (c == '-') {
        upper = true;
      } else {
        camel.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return Pattern.compile("\\b" + Pattern.quote(camel.toString()) + "\\b").matcher(source).find();
  }

  private static boolean sameTemplate(String[] wanted, String[] declared) {
    if (wanted.length != declared.length) {
      return false;
    }
    for (int i = 0; i < wanted.length; i++) {
      if (!wanted[i].equals(declared[i]) && !isVariable(wanted[i]) && !isVariable(declared[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isVariable(String segment) {
    return segment.startsWith("{") || segment.startsWith("<");
  }

  private void readJava(Path file) {
    String name = file.getFileName().toString();
    javaFiles.put(name.substring(0, name.length() - ".java".length()), file);
    String text = read(file);
    if (file.startsWith(root.resolve("src/main/java"))) {
      mainSources.append(text).append('\n');
      Matcher prefix = CONFIGURATION_PREFIX.matcher(text);
      while (prefix.find()) {
        configurationClasses.put(prefix.group(1), text);
      }
      readMappings(text);
    } else if (!file.startsWith(root.resolve("src/test/java/org/toolflow/docs"))) {
      // This checker's own test names made-up switches on purpose.
      buildAndTestSources.append(text).append('\n');
    }
  }

  // A class-level @RequestMapping prefixes every method mapping of the class.
  private void readMappings(String text) {
    Matcher declaration = CLASS_DECLARATION.matcher(text);
    int classStart = declaration.find() ? declaration.start() : 0;
    List<String> base = List.of("");
    Matcher mapping = MAPPING.matcher(text);
    while (mapping.find()) {
      List<String> paths = new ArrayList<>();
      collect(STRING_LITERAL, mapping.group(2) == null ? "" : mapping.group(2), paths);
      if (paths.isEmpty()) {
        paths.add("");
      }
      if (mapping.start() < classStart) {
        base = paths;
        base.stream().filter(p -> !p.isEmpty()).forEach(endpoints::add);
      } else {
        for (String prefix : base) {
          paths.forEach(path -> endpoints.add(prefix + path));
        }
      }
    }
  }

  private void readYaml(Path file) {
    for (Object document : new Yaml().loadAll(read(file))) {
      flatten("", document);
    }
  }

  private void flatten(String prefix, Object node) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value));
    } else {
      yamlKeys.add(prefix);
    }
  }

  private static void collect(Pattern pattern, String text, java.util.Collection<String> into) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      into.add(matcher.group(1));
    }
  }

  static List<Path> walk(Path folder, String suffix) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
