package org.toolflow.system.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The metric names a Grafana dashboard's panel queries read, found by taking the PromQL apart. */
final class DashboardMetricNames {

  static final Path DASHBOARD = Path.of("monitoring", "grafana", "toolflow.json");

  private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
  private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
  private static final Pattern GROUPING =
      Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w$.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?");
  private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
      "ignoring", "group_left", "group_right", "inf", "nan");

  private DashboardMetricNames() {
  }

  /** Every panel's {@code expr}, rows' inner panels included. */
  static List<String> expressions(Path dashboard) throws IOException {
    List<String> expressions = new ArrayList<>();
    collect(new ObjectMapper().readTree(dashboard.toFile()).path("panels"), expressions);
    return expressions;
  }

  /** The metric names of one PromQL expression: identifiers that are neither functions, keywords nor labels. */
  static Set<String> names(String expression) {
    String bare = expression;
    for (Pattern noise : List.of(QUOTED, MATCHERS, RANGES, GROUPING)) {
      bare = noise.matcher(bare).replaceAll(" ");
    }
    Set<String> names = new TreeSet<>();
    Matcher identifier = IDENTIFIER.matcher(bare);
    while (identifier.find()) {
      boolean function = identifier.group(2) != null;
      if (!function && !KEYWORDS.contains(identifier.group(1).toLowerCase())) {
        names.add(identifier.group(1));
      }
    }
    return names;
  }

  private static void collect(JsonNode panels, List<String> expressions) {
    for (JsonNode panel : panels) {
      panel.path("targets").forEach(target -> {
        if (target.hasNonNull("expr")) {
          expressions.add(target.get("expr").asText());
        }
      });
      collect(panel.path("panels"), expressions);
    }
  }
}
