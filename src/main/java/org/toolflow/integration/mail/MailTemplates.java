package org.toolflow.integration.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Mail templates on the classpath: {@code mail/<template>.txt} (required) and {@code mail/<template>.html}
 * (optional), with {@code ${name}} placeholders filled from the message's values; HTML-escaped in the HTML part.
 * A placeholder without a value is an error, never an empty gap in a mail to a person.
 */
final class MailTemplates {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");

  RenderedMail render(MailMessage message) {
    String template = message.template();
    if (template == null || !NAME.matcher(template).matches()) {
      throw new IllegalArgumentException("mail template name '" + template + "' must be lower-case letters, digits, - or _");
    }
    Map<String, Object> model = message.model() == null ? Map.of() : message.model();
    String text = load(template + ".txt");
    if (text == null) {
      throw new IllegalArgumentException("mail template mail/" + template + ".txt does not exist");
    }
    String html = load(template + ".html");
    return new RenderedMail(message.to(), fill(message.subject(), model, template, false), fill(text, model, template, false),
        html == null ? null : fill(html, model, template, true));
  }

  private static String fill(String text, Map<String, Object> model, String template, boolean html) {
    Matcher placeholder = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (placeholder.find()) {
      String name = placeholder.group(1);
      if (!model.containsKey(name)) {
        throw new IllegalArgumentException("mail template " + template + " uses ${" + name + "} but the mail gives no value for it");
      }
      Object value = model.get(name);
      String shown = value == null ? "" : value.toString();
      placeholder.appendReplacement(filled, Matcher.quoteReplacement(html ? HtmlUtils.htmlEscape(shown) : shown));
    }
    placeholder.appendTail(filled);
    return filled.toString();
  }

  private static String load(String file) {
    try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream("mail/" + file)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read mail template mail/" + file, e);
    }
  }
}
