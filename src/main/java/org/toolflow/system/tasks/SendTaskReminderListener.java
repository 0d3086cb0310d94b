package org.toolflow.system.tasks;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.mail.MailMessage;
import org.toolflow.integration.mail.Mailer;

/**
 * The {@code timeout} listener of a user task left open past its due date: mails the members of its candidate
 * groups, and its assignee, that it waits for them. Wired as {@code ${sendTaskReminderListener}}.
 */
@Component("sendTaskReminderListener")
public class SendTaskReminderListener implements TaskListener {

  static final String TEMPLATE = "task-reminder";
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final Logger LOG = LoggerFactory.getLogger(SendTaskReminderListener.class);

  private final Mailer mailer;
  private final IdentityService identityService;

  SendTaskReminderListener(Mailer mailer, IdentityService identityService) {
    this.mailer = mailer;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> groups = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    Set<String> recipients = new LinkedHashSet<>();
    for (String group : groups) {
      identityService.createUserQuery().memberOfGroup(group).list().forEach(user -> addEmail(recipients, user));
    }
    if (task.getAssignee() != null) {
      addEmail(recipients, identityService.createUserQuery().userId(task.getAssignee()).singleResult());
    }
    if (recipients.isEmpty()) {
      LOG.warn("Task {} ({}) is overdue but none of its people has an e-mail address", task.getId(), task.getName());
      return;
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("taskId", task.getId());
    model.put("taskName", task.getName());
    model.put("businessKey", task.getExecution().getProcessBusinessKey());
    model.put("created", shown(task.getCreateTime()));
    model.put("due", shown(task.getDueDate()));
    model.put("candidateGroups", groups.isEmpty() ? "none" : String.join(", ", groups));
    model.put("assignee", task.getAssignee() == null ? "nobody yet" : task.getAssignee());
    mailer.send(ActionContext.of(task.getExecution()), new MailMessage(List.copyOf(recipients),
        "Reminder: \"" + task.getName() + "\" is waiting for you", TEMPLATE, model));
  }

  private static String shown(Date date) {
    return date == null ? "not set" : SHOWN.format(date.toInstant());
  }

  private static void addEmail(Set<String> recipients, User user) {
    if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
      recipients.add(user.getEmail());
    }
  }
}
