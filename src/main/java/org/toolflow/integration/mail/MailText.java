package org.toolflow.integration.mail;

/** The text of a mail, for a channel other than SMTP (a reply on an RT ticket) that carries the same words. */
public final class MailText {

  private static final MailTemplates TEMPLATES = new MailTemplates();

  private MailText() {
  }

  /** The subject line, a blank line, then the plain text part of the template, filled in. */
  public static String of(MailMessage message) {
    RenderedMail rendered = TEMPLATES.render(message);
    return rendered.subject() + "\n\n" + rendered.text();
  }
}
