package org.toolflow.system.authorization;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import org.camunda.bpm.engine.impl.TaskQueryImpl;

/**
 * A copy of a task query that answers as if it had no candidate criteria, for the engine's SQL only: the candidate
 * groups are then checked by ToolFlow's own sub-query ({@link TaskQueryByExists#candidatesByExists}).
 */
final class TaskQueryWithoutCandidates extends TaskQueryImpl {

  TaskQueryWithoutCandidates(TaskQueryImpl query) {
    // Every field of the engine's query classes, so all other criteria read as they were set.
    for (Class<?> type = TaskQueryImpl.class; type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          copy(field, query);
        }
      }
    }
  }

  private void copy(Field field, TaskQueryImpl query) {
    try {
      field.setAccessible(true);
      field.set(this, field.get(query));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot copy the task query's " + field.getName(), e);
    }
  }

  @Override
  public String getCandidateUser() {
    return null;
  }

  @Override
  public List<String> getCandidateGroups() {
    return null;
  }

  @Override
  public String getCandidateGroupLike() {
    return null;
  }

  @Override
  public Boolean isWithCandidateGroups() {
    return false;
  }

  @Override
  public Boolean isWithCandidateUsers() {
    return false;
  }
}
