package org.toolflow.incident;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** GGUS ticket priorities, by the names the helpdesk shows and the incident-targets decision reads. */
public enum IncidentPriority {
  LESS_URGENT("less urgent"),
  URGENT("urgent"),
  VERY_URGENT("very urgent"),
  TOP_PRIORITY("top priority");

  private final String label;

  IncidentPriority(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static List<String> labels() {
    return Arrays.stream(values()).map(IncidentPriority::label).toList();
  }

  /**
   * A priority as a helpdesk may spell it: the GGUS names, or Zammad's default "1 low" / "2 normal" / "3 high",
   * which a helpdesk without the GGUS priorities answers with.
   */
  public static Optional<IncidentPriority> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String name = value.trim().toLowerCase(Locale.ROOT).replaceFirst("^[0-9]+\\s+", "").replace('_', ' ');
    return switch (name) {
      case "less urgent", "low" -> Optional.of(LESS_URGENT);
      case "urgent", "normal" -> Optional.of(URGENT);
      case "very urgent", "high" -> Optional.of(VERY_URGENT);
      case "top priority" -> Optional.of(TOP_PRIORITY);
      default -> Optional.empty();
    };
  }
}
