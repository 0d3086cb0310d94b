package org.toolflow.integration.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.toolflow.integration.journal.Journaling;

/** Live SMTP when Spring Mail is configured ({@code spring.mail.host}), dry-run otherwise. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(MailConfiguration.class);

  @Bean
  Mailer mailer(MailProperties mail, ObjectProvider<JavaMailSender> sender, Journaling journaling) {
    // Spring Boot creates a JavaMailSender only when spring.mail.host (or a JNDI session) is configured.
    JavaMailSender smtp = sender.getIfAvailable();
    if (smtp == null) {
      LOG.info("Mail: dry-run (spring.mail.host is not set)");
      return new JournaledMailer(null, journaling);
    }
    LOG.info("Mail: live, from {}", mail.from());
    return new JournaledMailer(new SmtpMailer(smtp, mail.from()), journaling);
  }
}
