package org.toolflow.integration.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.RemoteUnavailableException;

class SmtpMailerTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final ActionContext CONTEXT = ActionContext.manual("test", "key-1");

  private SmtpMailer mailer(int port) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("localhost");
    sender.setPort(port);
    Properties properties = new Properties();
    properties.put("mail.smtp.connectiontimeout", "2000");
    properties.put("mail.smtp.timeout", "5000");
    sender.setJavaMailProperties(properties);
    return new SmtpMailer(sender, "toolflow@egi.eu");
  }

  @Test
  void sendsPlainTextAndHtmlToEveryRecipient() throws Exception {
    mailer(smtp.getSmtp().getPort()).send(CONTEXT, new MailMessage(List.of("lead@example.org", "ops@egi.eu"),
        "Welcome, ${name}", "journal-probe", Map.of("name", "Team <X> & co")));

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2);
    MimeMessage mail = received[0];
    assertThat(mail.getSubject()).isEqualTo("Welcome, Team <X> & co");
    assertThat(mail.getFrom()[0].toString()).isEqualTo("toolflow@egi.eu");
    assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
        .containsExactly("lead@example.org", "ops@egi.eu");
    List<String> types = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    collect(mail.getContent(), types, bodies);
    assertThat(types).anySatisfy(type -> assertThat(type).startsWith("text/plain"))
        .anySatisfy(type -> assertThat(type).startsWith("text/html"));
    assertThat(bodies).anySatisfy(body -> assertThat(body).contains("Hello Team <X> & co,"))
        .anySatisfy(body -> assertThat(body).contains("Hello <b>Team &lt;X&gt; &amp; co</b>,"));
  }

  @Test
  void aTemplateWithoutHtmlSendsPlainTextOnly() throws Exception {
    mailer(smtp.getSmtp().getPort()).send(CONTEXT, new MailMessage(List.of("lead@example.org"), "Plain", "plain-probe",
        Map.of("tool", "ToolX")));

    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getContentType()).startsWith("text/plain");
    assertThat(GreenMailUtil.getBody(mail)).contains("ToolX is registered.");
  }

  @Test
  void aPlaceholderWithoutValueStopsTheMail() {
    assertThatThrownBy(() -> mailer(smtp.getSmtp().getPort()).send(CONTEXT,
        new MailMessage(List.of("lead@example.org"), "s", "journal-probe", Map.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("${name}");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void anUnknownTemplateOrBadRecipientIsNamed() {
    assertThatThrownBy(() -> mailer(smtp.getSmtp().getPort()).send(CONTEXT,
        new MailMessage(List.of("lead@example.org"), "s", "no-such-template", Map.of())))
        .hasMessageContaining("mail/no-such-template.txt");
    assertThatThrownBy(() -> mailer(smtp.getSmtp().getPort()).send(CONTEXT,
        new MailMessage(List.of("not an address"), "s", "plain-probe", Map.of("tool", "x"))))
        .hasMessageContaining("'not an address'");
  }

  @Test
  void aMailServerThatDoesNotAnswerIsWorthARetry() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    assertThatThrownBy(() -> mailer(closedPort).send(CONTEXT,
        new MailMessage(List.of("lead@example.org"), "s", "plain-probe", Map.of("tool", "x"))))
        .isInstanceOf(RemoteUnavailableException.class).hasMessageContaining("SMTP did not take \"s\"");
  }

  private static void collect(Object content, List<String> types, List<String> bodies) throws Exception {
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        if (part.getContent() instanceof Multipart nested) {
          collect(nested, types, bodies);
        } else {
          types.add(part.getContentType());
          bodies.add(part.getContent().toString());
        }
      }
    }
  }
}
