package org.toolflow.system.tasks;

import java.time.Clock;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due date and reminder time of user tasks, for BPMN expressions: {@code camunda:dueDate="${taskDeadlines.dueDate()}"}
 * and the timer of a {@code timeout} task listener. A task is due, and reminded, after the configured working days.
 */
@Component("taskDeadlines")
public class TaskDeadlines {

  private final ReminderProperties properties;
  private final Clock clock;

  TaskDeadlines(ReminderProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** The engine's clock, so that tests which move it move deadlines too. */
  public Date dueDate() {
    return Date.from(WorkingDays.after(clock.instant(), properties.after(), properties.zone()));
  }

  public int workingDays() {
    return properties.after();
  }
}
