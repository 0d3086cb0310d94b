package org.toolflow.audit;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The trail as RFC 4180 CSV, one row per event, safe to open in a spreadsheet. */
final class TrailCsv {

  static final List<String> HEADER =
      List.of("time", "activity_id", "activity", "type", "user", "decision_or_variables", "outside_call");
  private static final String LINE_END = "\r\n";

  private TrailCsv() {
  }

  static String write(Trail trail) {
    StringBuilder csv = new StringBuilder(row(HEADER.stream()));
    for (TrailEvent event : trail.events()) {
      csv.append(row(Stream.of(event.time() == null ? "" : event.time().toString(), event.activityId(),
          event.activity(), event.type(), event.user(), event.details(), event.outsideCall())));
    }
    return csv.toString();
  }

  private static String row(Stream<String> cells) {
    return cells.map(TrailCsv::cell).collect(Collectors.joining(",")) + LINE_END;
  }

  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    // A cell starting like a formula would run in a spreadsheet (CSV injection); a leading quote keeps it text.
    String text = startsLikeFormula(value) ? "'" + value : value;
    boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0 || text.startsWith(" ") || text.endsWith(" ");
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  private static boolean startsLikeFormula(String value) {
    char first = value.charAt(0);
    return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
        && !value.matches("[-+]?\\d+(\\.\\d+)?");
  }
}
