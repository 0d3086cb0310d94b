package org.toolflow.incident;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Engine calls a process makes on its own behalf (evaluating its decisions, starting the problem it raises) run
 * without the authorization checks of whoever completed the task that led there.
 */
final class AsSystem {

  private AsSystem() {
  }

  static <T> T call(Callable<T> work) {
    CommandContext commandContext = Context.getCommandContext();
    try {
      return commandContext == null ? work.call() : commandContext.runWithoutAuthorization(work);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
