package org.toolflow.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds what a markdown page names that the project does not have: a class, a {@code toolflow.…} property, an
 * {@code /api} endpoint, a file, or the target of a relative link. Each problem reads {@code file:line: what}.
 */
final class DocumentationReferences {

  /**
   * Names of Camunda and of web standards that the documentation names on purpose; everything else in
   * UpperCamelCase must be a ToolFlow class or a name declared in a model.
   */
  static final Set<String> OTHER_PROJECTS_NAMES = Set.of(
      "ClockUtil",   // Camunda's engine clock, which EngineClock follows
      "BpmnError",   // Camunda's business error, thrown by delegates
      "HttpOnly",    // cookie attributes (RFC 6265bis), not classes
      "SameSite",
      "TicketSQL");  // RT's query language

  private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
  private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
  private static final Pattern QUALIFIED_CLASS = Pattern.compile("\\borg\\.toolflow((?:\\.[a-z][a-z0-9]*)*)(?:\\.([A-Z]\\w*))?");
  private static final Pattern CAMEL_CASE = Pattern.compile("(?<![\\w.])([A-Z][a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+)\\b");
  private static final Pattern METHOD_CALL = Pattern.compile("(?<![\\w.])([A-Z]\\w*)\\.([a-z]\\w*)\\(");
  private static final Pattern PROPERTY = Pattern.compile("(?<![\\w.$/])(-D)?(toolflow\\.[a-z0-9][a-z0-9.-]*)");
  private static final Pattern ENDPOINT = Pattern.compile("(?<![\\w.…])(/api(?:/[^\\s`'\"?)]*)?)");
  private static final Pattern LOCAL_URL = Pattern.compile("localhost:\\d+(/api/[^\\s'\"?]*)");
  private static final Pattern FILE =
      Pattern.compile("(?<![\\w./~-])((?:processes|forms|docs|\\.ci|src|element-templates|monitoring)/[^\\s`'\"),]*)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");

  private final ProjectNames project;

  DocumentationReferences(ProjectNames project) {
    this.project = project;
  }

  /** README.md and every page under docs/. */
  List<Path> pages() {
    List<Path> pages = new ArrayList<>();
    pages.add(project.root().resolve("README.md"));
    pages.addAll(ProjectNames.walk(project.root().resolve("docs"), ".md"));
    return pages;
  }

  List<String> problemsOf(Path page) {
    return problemsOf(page, ProjectNames.read(page).lines().toList());
  }

  /** The problems of these lines, as if they were the text of {@code page}. */
  List<String> problemsOf(Path page, List<String> lines) {
    String name = project.root().relativize(page).toString();
    List<String> problems = new ArrayList<>();
    boolean fenced = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = name + ":" + (i + 1) + ": ";
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        Matcher url = LOCAL_URL.matcher(line);
        while (url.find()) {
          checkEndpoint(url.group(1), where, problems);
        }
        continue;
      }
      if (line.chars().filter(c -> c == '`').count() % 2 == 1) {
        problems.add(where + "a code span runs over the end of the line, so its names go unchecked");
      }
      Matcher span = CODE_SPAN.matcher(line);
      while (span.find()) {
        checkSpan(span.group(1), where, problems);
      }
      Matcher link = LINK.matcher(line.replaceAll("`[^`]*`", ""));
      while (link.find()) {
        checkLink(page, link.group(1), where, problems);
      }
    }
    return problems;
  }

  private void checkSpan(String span, String where, List<String> problems) {
    Matcher qualified = QUALIFIED_CLASS.matcher(span);
    while (qualified.find()) {
      checkQualifiedClass(qualified.group(1), qualified.group(2), where, problems);
    }
    String unqualified = QUALIFIED_CLASS.matcher(span).replaceAll("");
    Matcher camel = CAMEL_CASE.matcher(unqualified);
    while (camel.find()) {
      String name = camel.group(1);
      if (!project.hasClass(name) && !project.hasModelName(name) && !OTHER_PROJECTS_NAMES.contains(name)) {
        problems.add(where + "no class or model name `" + name + "`");
      }
    }
    Matcher call = METHOD_CALL.matcher(unqualified);
    while (call.find()) {
      checkMethod(call.group(1), call.group(2), where, problems);
    }
    Matcher property = PROPERTY.matcher(span);
    while (property.find()) {
      String key = property.group(2).replaceAll("\\.+$", "");
      boolean buildSwitch = property.group(1) != null;
      if (buildSwitch ? !project.hasBuildSwitch(key) : !project.hasProperty(key)) {
        problems.add(where + "no " + (buildSwitch ? "build switch" : "property") + " `" + key + "`");
      }
    }
    Matcher endpoint = ENDPOINT.matcher(span);
    while (endpoint.find()) {
      checkEndpoint(endpoint.group(1), where, problems);
    }
    Matcher file = FILE.matcher(span);
    while (file.find()) {
      checkFile(file.group(1), where, problems);
    }
  }

  private void checkQualifiedClass(String packagePath, String className, String where, List<String> problems) {
    String folder = "org/toolflow" + packagePath.replace('.', '/');
    Path main = project.root().resolve("src/main/java").resolve(folder);
    Path test = project.root().resolve("src/test/java").resolve(folder);
    if (className == null) {
      if (!Files.isDirectory(main) && !Files.isDirectory(test)) {
        problems.add(where + "no package `org.toolflow" + packagePath + "`");
      }
    } else if (!Files.exists(main.resolve(className + ".java")) && !Files.exists(test.resolve(className + ".java"))) {
      problems.add(where + "no class `org.toolflow" + packagePath + "." + className + "`");
    }
  }

  private void checkMethod(String className, String method, String where, List<String> problems) {
    String source = project.sourceOf(className);
    if (source == null) {
      if (!OTHER_PROJECTS_NAMES.contains(className)) {
        problems.add(where + "no class `" + className + "`");
      }
    } else if (!Pattern.compile("\\b" + Pattern.quote(method) + "\\(").matcher(source).find()) {
      problems.add(where + "no method `" + className + "." + method + "`");
    }
  }

  private void checkEndpoint(String path, String where, List<String> problems) {
    String trimmed = path.replaceAll("/+$", "");
    // The EGI Helpdesk (Zammad) serves /api/v1: an outside system's path, not one of ours.
    if (trimmed.startsWith("/api/v1/") || trimmed.endsWith("/**") || trimmed.equals("/api")) {
      return;
    }
    if (!project.hasEndpoint(trimmed)) {
      problems.add(where + "no endpoint `" + trimmed + "`");
    }
  }

  private void checkFile(String path, String where, List<String> problems) {
    if (!exists(project.root(), path)) {
      problems.add(where + "no file `" + path + "`");
    }
  }

  // A placeholder (<name>) ends the part that must exist; * and ? are globs that must match something.
  private static boolean exists(Path base, String path) {
    String known = path.contains("<") ? path.substring(0, path.indexOf('<')) : path;
    if (!known.contains("*") && !known.contains("?")) {
      return Files.exists(base.resolve(known));
    }
    int slash = known.lastIndexOf('/', known.indexOf(known.contains("*") ? '*' : '?'));
    Path folder = base.resolve(known.substring(0, slash + 1));
    PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + known.substring(slash + 1));
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(file -> glob.matches(file.getFileName()));
    } catch (IOException e) {
      return false;
    }
  }

  private void checkLink(Path page, String target, String where, List<String> problems) {
    if (target.matches("^[a-z]+:.*")) {
      return;
    }
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    String anchor = hash < 0 ? null : target.substring(hash + 1);
    Path resolved = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
    if (!Files.exists(resolved)) {
      problems.add(where + "link to a missing file `" + target + "`");
    } else if (anchor != null && resolved.toString().endsWith(".md") && !anchorsOf(resolved).contains(anchor)) {
      problems.add(where + "link to a missing heading `" + target + "`");
    }
  }

  // GitHub's heading anchors: lower case, punctuation dropped, spaces become hyphens.
  static Set<String> anchorsOf(Path page) {
    Set<String> anchors = new HashSet<>();
    boolean fenced = false;
    try {
      for (String line : Files.readAllLines(page)) {
        if (line.strip().startsWith("```")) {
          fenced = !fenced;
        }
        Matcher heading = HEADING.matcher(line);
        if (!fenced && heading.matches()) {
          anchors.add(heading.group(1).strip().toLowerCase(Locale.ROOT)
              .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return anchors;
  }
}
