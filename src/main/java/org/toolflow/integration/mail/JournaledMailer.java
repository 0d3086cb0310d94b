package org.toolflow.integration.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.journal.Journaling;
import org.toolflow.integration.journal.OutsideAction;

/**
 * The one {@link Mailer}: journaled and idempotent; live when Spring Mail has a host, otherwise a dry run. The
 * dry run fills the templates too, so a missing template or value shows on a laptop, not first in production.
 */
class JournaledMailer implements Mailer {

  static final String SYSTEM = "mail";

  private final Mailer live;
  private final Journaling journaling;
  private final MailTemplates templates = new MailTemplates();

  /** {@code live} null means dry-run. */
  JournaledMailer(Mailer live, Journaling journaling) {
    this.live = live;
    this.journaling = journaling;
  }

  @Override
  public void send(ActionContext context, MailMessage message) {
    RenderedMail mail = templates.render(message);
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("to", mail.to());
    request.put("subject", mail.subject());
    request.put("template", message.template());
    request.put("text", mail.text());
    OutsideAction action = new OutsideAction(SYSTEM, "send-mail", "to " + String.join(", ", mail.to()), request,
        live == null, context);
    journaling.perform(action, () -> {
      if (live != null) {
        live.send(context, message);
      }
    });
  }
}
