package org.toolflow.integration.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.toolflow.ToolFlowSpringTest;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.NodeDeath;
import org.toolflow.integration.journal.ActionJournal;
import org.toolflow.integration.journal.Journaling;

/**
 * SMTP cannot be asked whether it took a mail, so a mail whose node died before the journal committed is sent
 * again; the resend carries the same Message-ID, by which mail clients and list servers recognise it.
 */
@ToolFlowSpringTest
class MailCrashRecoveryTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final MailMessage MAIL =
      new MailMessage(List.of("lead@example.org"), "Welcome, ${name}", "journal-probe", Map.of("name", "Team X"));

  @Autowired
  Journaling journaling;
  @Autowired
  ActionJournal journal;

  private JournaledMailer mailer;
  private ActionContext context;

  @BeforeEach
  void liveMailAtGreenMail() {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("localhost");
    sender.setPort(smtp.getSmtp().getPort());
    mailer = new JournaledMailer(new SmtpMailer(sender, "ToolFlow <toolflow@egi.eu>"), journaling);
    context = ActionContext.manual("crash-test", "mail-crash-" + UUID.randomUUID());
  }

  @AfterEach
  void nothingDiesAnyMore() {
    NodeDeath.reset(journaling);
  }

  @Test
  void aMailSentAgainAfterACrashCarriesTheSameMessageId() throws Exception {
    NodeDeath.onceBeforeRecording(journaling);

    assertThatThrownBy(() -> mailer.send(context, MAIL)).isInstanceOf(NodeDeath.Died.class);
    NodeDeath.andItsLeaseRunsOut();
    mailer.send(context, MAIL);
    mailer.send(context, MAIL);

    String messageId = "<" + context.remoteMark() + "@egi.eu>";
    assertThat(smtp.getReceivedMessages()).as("the first send and the one resend; the third is replayed").hasSize(2);
    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MailCrashRecoveryTest::messageId))
        .containsExactly(messageId, messageId);
    assertThat(journal.findByKey(JournaledMailer.SYSTEM, context.idempotencyKey())).get()
        .satisfies(entry -> assertThat(entry.answer()).isEqualTo("\"done\""));
  }

  @Test
  void mailsOfDifferentActionsHaveDifferentMessageIds() throws Exception {
    mailer.send(context, MAIL);
    mailer.send(ActionContext.manual("crash-test", "mail-other-" + UUID.randomUUID()), MAIL);

    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MailCrashRecoveryTest::messageId).distinct()).hasSize(2);
  }

  private static String messageId(MimeMessage mail) {
    try {
      return mail.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
