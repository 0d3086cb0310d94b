package org.toolflow.system.forms;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.toolflow.system.web.FieldProblem;
import org.toolflow.system.web.InvalidInputException;

/**
 * Server-side checks of submitted form values, field by field, collecting every problem before refusing:
 * {@code checks.field("supportEmail").required().email(); checks.orReject();}.
 * A field's first failed check is reported; an absent optional field is not checked further.
 */
public final class FormChecks {

  static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");
  // E.164 once spaces, dots, dashes and brackets are removed: +, country code, up to 15 digits in all.
  static final Pattern PHONE = Pattern.compile("^\\+[1-9][0-9]{6,14}$");
  static final Pattern HOSTNAME =
      Pattern.compile("^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", Pattern.CASE_INSENSITIVE);
  private static final int SHOWN_VALUE_LENGTH = 60;

  private final Map<String, ?> values;
  private final List<FieldProblem> problems = new ArrayList<>();

  private FormChecks(Map<String, ?> values) {
    this.values = values;
  }

  public static FormChecks of(VariableScope scope) {
    return new FormChecks(scope.getVariables());
  }

  public static FormChecks of(Map<String, ?> values) {
    return new FormChecks(values);
  }

  public Field field(String name) {
    return new Field(name, values.get(name));
  }

  /** A rule over several fields, reported against {@code field}. */
  public FormChecks rule(String field, boolean holds, String message) {
    if (!holds) {
      problems.add(new FieldProblem(field, message));
    }
    return this;
  }

  public List<FieldProblem> problems() {
    return List.copyOf(problems);
  }

  public boolean hasProblem(String field) {
    return problems.stream().anyMatch(problem -> problem.field().equals(field));
  }

  public void orReject() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The checks of one field; each returns this field so they read as one sentence. */
  public final class Field {

    private final String name;
    private final Object value;
    private boolean settled;

    private Field(String name, Object value) {
      this.name = name;
      this.value = value;
    }

    private boolean present() {
      return value != null && !(value instanceof String text && text.isBlank());
    }

    private String text() {
      return String.valueOf(value).trim();
    }

    public Field required() {
      if (!settled && !present()) {
        fail("is required");
      }
      return this;
    }

    public Field email() {
      return check(v -> EMAIL.matcher(v).matches(), "must be an e-mail address such as name@example.org");
    }

    public Field url() {
      return check(FormChecks::isWebUrl, "must be a web address starting with http:// or https://");
    }

    /** A web address whose host is {@code domain} or one of its sub-domains. */
    public Field urlInDomain(String domain) {
      url();
      return check(v -> isInDomain(v, domain), "must be a web address in the " + domain + " domain");
    }

    public Field phone() {
      return check(v -> PHONE.matcher(v.replaceAll("[\\s().-]", "")).matches(),
          "must be an international phone number: + and country code, 7 to 15 digits, e.g. +421 2 1234 5678");
    }

    public Field hostname() {
      return check(v -> HOSTNAME.matcher(v).matches(),
          "must be a fully qualified host name such as tool.example.org (no scheme, no path)");
    }

    public Field matches(Pattern pattern, String whatIsAllowed) {
      return check(v -> pattern.matcher(v).matches(), "must be " + whatIsAllowed);
    }

    public Field maxLength(int length) {
      return check(v -> v.length() <= length, "must be at most " + length + " characters long");
    }

    public Field oneOf(Collection<String> allowed) {
      return check(allowed::contains, "must be one of " + String.join(", ", allowed));
    }

    /** Whether a check of this field has failed. */
    public boolean failed() {
      return settled;
    }

    /** A free rule about this field; the message says what is allowed. */
    public Field satisfies(Predicate<String> rule, String whatIsAllowed) {
      return check(rule, whatIsAllowed);
    }

    private Field check(Predicate<String> rule, String message) {
      if (settled || !present()) {
        return this;
      }
      if (!(value instanceof String) || !rule.test(text())) {
        fail(message + " (got '" + shown() + "')");
      }
      return this;
    }

    private String shown() {
      String text = text();
      return text.length() <= SHOWN_VALUE_LENGTH ? text : text.substring(0, SHOWN_VALUE_LENGTH) + "…";
    }

    private void fail(String message) {
      settled = true;
      problems.add(new FieldProblem(name, message));
    }
  }

  static boolean isWebUrl(String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getHost() != null && !uri.getHost().isBlank();
    } catch (URISyntaxException notAUri) {
      return false;
    }
  }

  static boolean isInDomain(String value, String domain) {
    try {
      String host = new URI(value).getHost();
      String lowerDomain = domain.toLowerCase();
      return host != null && (host.equalsIgnoreCase(domain) || host.toLowerCase().endsWith("." + lowerDomain));
    } catch (URISyntaxException notAUri) {
      return false;
    }
  }
}
