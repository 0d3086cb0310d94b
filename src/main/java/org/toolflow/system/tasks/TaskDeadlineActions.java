package org.toolflow.system.tasks;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.toolflow.integration.mail.GroupMailProperties;
import org.toolflow.integration.ActionContext;
import org.toolflow.integration.mail.MailMessage;
import org.toolflow.integration.mail.Mailer;
import org.toolflow.security.AsSystem;

/**
 * What happens as a task's deadline nears and passes: its people are reminded by mail before it is due; once it is
 * overdue it is offered to the fallback group (EGI Operations) too, which is told by mail, and the task says why.
 */
@Component
class TaskDeadlineActions {

  static final String DUE_SOON_TEMPLATE = "task-due-soon";
  static final String OVERDUE_TEMPLATE = "task-overdue";
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final Logger LOG = LoggerFactory.getLogger(TaskDeadlineActions.class);

  private final ObjectProvider<Mailer> mailer;
  private final TaskProperties properties;
  private final GroupMailProperties groupMail;
  private final TaskPeople people;
  private final AsSystem asSystem;

  TaskDeadlineActions(ObjectProvider<Mailer> mailer, TaskProperties properties, GroupMailProperties groupMail,
      TaskPeople people, AsSystem asSystem) {
    this.people = people;
    this.asSystem = asSystem;
    this.mailer = mailer;
    this.properties = properties;
    this.groupMail = groupMail;
  }

  void remind(TaskEntity task) {
    List<String> groups = TaskPeople.candidateGroups(task);
    Set<String> to = people.emailsOf(groups, task.getAssignee());
    if (to.isEmpty()) {
      LOG.warn("Task {} ({}) is due soon but none of its people has an e-mail address", task.getId(), task.getName());
      return;
    }
    mail(task, "reminder", to, "Due on " + shown(task.getDueDate()) + ": \"" + task.getName() + "\"", DUE_SOON_TEMPLATE);
  }

  void escalate(TaskEntity task) {
    String fallback = properties.fallbackGroup();
    String reason = "Overdue since " + shown(task.getDueDate()) + ", so this task is offered to " + fallback + " too.";
    if (!TaskPeople.candidateGroups(task).contains(fallback)) {
      task.addCandidateGroup(fallback);
    }
    asSystem.run(() -> Context.getProcessEngineConfiguration().getTaskService()
        .createComment(task.getId(), task.getProcessInstanceId(), reason));
    LOG.warn("Task {} ({}, {} of process instance {}): {}", task.getId(), task.getName(), task.getTaskDefinitionKey(),
        task.getProcessInstanceId(), reason);
    Set<String> to = new LinkedHashSet<>(groupMail.addresses().getOrDefault(fallback, List.of()));
    to.addAll(people.emailsOf(List.of(fallback), null));
    if (to.isEmpty()) {
      LOG.error("Task {} is overdue but {} has no e-mail address to tell", task.getId(), fallback);
      return;
    }
    mail(task, "escalation", to, "Overdue: \"" + task.getName() + "\"", OVERDUE_TEMPLATE);
  }

  private void mail(TaskEntity task, String what, Set<String> to, String subject, String template) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("taskId", task.getId());
    model.put("taskName", task.getName());
    model.put("businessKey", task.getExecution() == null ? "" : task.getExecution().getProcessBusinessKey());
    model.put("created", shown(task.getCreateTime()));
    model.put("due", shown(task.getDueDate()));
    List<String> groups = TaskPeople.candidateGroups(task);
    model.put("candidateGroups", groups.isEmpty() ? "none" : String.join(", ", groups));
    model.put("assignee", task.getAssignee() == null ? "nobody yet" : task.getAssignee());
    ActionContext context = new ActionContext(task.getProcessInstanceId(), task.getTaskDefinitionKey(),
        "task/" + task.getId() + "/" + what);
    mailer.getObject().send(context, new MailMessage(new ArrayList<>(to), subject, template, model));
  }

  private static String shown(Date date) {
    return date == null ? "not set" : SHOWN.format(date.toInstant());
  }
}
