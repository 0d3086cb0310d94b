package org.toolflow.integration.mail;

import org.toolflow.integration.ActionContext;

/** Mail to people, mailing lists and groups, from templates (plain text and HTML). */
public interface Mailer {

  void send(ActionContext context, MailMessage message);
}
