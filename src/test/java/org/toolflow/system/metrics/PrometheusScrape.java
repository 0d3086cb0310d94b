package org.toolflow.system.metrics;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.toolflow.TestRest;
import org.toolflow.TestUsers;
import org.toolflow.security.Roles;

/** {@code /actuator/prometheus} as a scraper reads it: the monitoring credential, the names and values served. */
public final class PrometheusScrape {

  public static final String PATH = "/actuator/prometheus";
  public static final String SCRAPER = "metrics-scraper";
  public static final String SCRAPER_PASSWORD = "metrics-scraper-secret";
  private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)");

  private final TestRest rest;

  public PrometheusScrape(int port, IdentityService identityService) {
    this.rest = new TestRest(port);
    TestUsers.ensureUser(identityService, SCRAPER, SCRAPER_PASSWORD, Roles.MONITORING);
  }

  /** The text a scraper with the monitoring credential gets; fails unless the answer is 200. */
  public String scrape() {
    HttpResponse<String> response = rest.get(PATH, SCRAPER, SCRAPER_PASSWORD);
    if (response.statusCode() != 200) {
      throw new AssertionError("scrape answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** Every metric name with at least one sample in the text. */
  public static Set<String> names(String text) {
    Set<String> names = new TreeSet<>();
    text.lines().map(SAMPLE::matcher).filter(Matcher::find).forEach(sample -> names.add(sample.group(1)));
    return names;
  }

  /** The value of the one sample of this name carrying all these labels; fails when there is none. */
  public static double value(String text, String name, Map<String, String> labels) {
    return text.lines().map(SAMPLE::matcher).filter(Matcher::find)
        .filter(sample -> sample.group(1).equals(name))
        .filter(sample -> labels.entrySet().stream().allMatch(label -> sample.group(2) != null
            && sample.group(2).contains(label.getKey() + "=\"" + label.getValue() + "\"")))
        .map(sample -> Double.parseDouble(sample.group(3)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sample " + name + labels + " in the scrape"));
  }
}
