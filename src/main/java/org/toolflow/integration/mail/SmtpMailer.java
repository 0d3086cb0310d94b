package org.toolflow.integration.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.RemoteRefusedException;
import org.toolflow.integration.RemoteUnavailableException;

/** Mail through the SMTP server Spring Mail is configured with: plain text, plus HTML when the template has it. */
class SmtpMailer implements Mailer {

  static final String SYSTEM_NAME = "SMTP";

  private final JavaMailSender sender;
  private final String from;
  private final MailTemplates templates = new MailTemplates();

  SmtpMailer(JavaMailSender sender, String from) {
    this.sender = sender;
    this.from = from;
  }

  @Override
  public void send(ActionContext context, MailMessage message) {
    RenderedMail mail = templates.render(message);
    MimeMessage mime = sender.createMimeMessage();
    try {
      MimeMessageHelper parts = new MimeMessageHelper(mime, mail.html() != null, "UTF-8");
      parts.setFrom(from);
      parts.setTo(addresses(mail));
      parts.setSubject(mail.subject());
      String messageId = messageId(context, from);
      if (messageId != null) {
        // Spring keeps a Message-ID set before sending; a resend after a crash then carries the same one.
        mime.setHeader("Message-ID", messageId);
      }
      if (mail.html() != null) {
        parts.setText(mail.text(), mail.html());
      } else {
        parts.setText(mail.text());
      }
    } catch (MessagingException e) {
      throw new IllegalStateException("cannot build the mail \"" + mail.subject() + "\": " + e.getMessage(), e);
    }
    try {
      sender.send(mime);
    } catch (MailAuthenticationException e) {
      throw new RemoteRefusedException(SYSTEM_NAME + " refused the login: " + e.getMessage(), 0);
    } catch (MailSendException e) {
      String refused = refusedRecipients(e);
      if (!refused.isEmpty()) {
        throw new RemoteRefusedException(SYSTEM_NAME + " refused the recipients " + refused + " of \"" + mail.subject()
            + "\": " + e.getMessage(), 0);
      }
      throw new RemoteUnavailableException(SYSTEM_NAME + " did not take \"" + mail.subject() + "\": " + e.getMessage(), e);
    }
  }

  /**
   * The same for every attempt of one action, so a mail sent again after a crash is recognisable as a resend by
   * mail clients and list servers; SMTP itself cannot be asked whether a mail was already taken.
   */
  static String messageId(ActionContext context, String from) {
    String mark = context == null ? null : context.remoteMark();
    if (mark == null) {
      return null;
    }
    int at = from == null ? -1 : from.lastIndexOf('@');
    String domain = at < 0 ? "toolflow.invalid" : from.substring(at + 1).replace(">", "").trim();
    return "<" + mark + "@" + domain + ">";
  }

  private static InternetAddress[] addresses(RenderedMail mail) {
    if (mail.to() == null || mail.to().isEmpty()) {
      throw new IllegalArgumentException("the mail \"" + mail.subject() + "\" has no recipient");
    }
    InternetAddress[] addresses = new InternetAddress[mail.to().size()];
    for (int i = 0; i < addresses.length; i++) {
      try {
        addresses[i] = new InternetAddress(mail.to().get(i), true);
      } catch (AddressException e) {
        throw new IllegalArgumentException("mail recipient '" + mail.to().get(i) + "' is not an e-mail address", e);
      }
    }
    return addresses;
  }

  private static String refusedRecipients(MailSendException e) {
    return e.getFailedMessages().values().stream()
        .flatMap(SmtpMailer::causes)
        .filter(SendFailedException.class::isInstance)
        .map(SendFailedException.class::cast)
        .filter(failed -> failed.getInvalidAddresses() != null)
        .flatMap(failed -> Arrays.stream(failed.getInvalidAddresses()))
        .map(Address::toString)
        .distinct()
        .collect(Collectors.joining(", "));
  }

  private static Stream<Throwable> causes(Throwable failure) {
    return Stream.iterate(failure, t -> t != null, Throwable::getCause);
  }
}
