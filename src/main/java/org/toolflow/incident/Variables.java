package org.toolflow.incident;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of process variables, with the variable's name in the error when one is missing. */
public final class Variables {

  private Variables() {
  }

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      throw new IllegalStateException("process variable '" + name + "' is not set");
    }
    return value.toString();
  }

  public static String textOrEmpty(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? "" : value.toString().trim();
  }

  public static boolean flag(VariableScope scope, String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  public static Instant instant(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Date date) {
      return date.toInstant();
    }
    throw new IllegalStateException("process variable '" + name + "' is not a date: " + value);
  }

  public static int number(VariableScope scope, String name) {
    if (scope.getVariable(name) instanceof Number value) {
      return value.intValue();
    }
    throw new IllegalStateException("process variable '" + name + "' is not a number: " + scope.getVariable(name));
  }
}
