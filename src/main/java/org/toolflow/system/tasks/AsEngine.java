package org.toolflow.system.tasks;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** What the task rules read and write on the engine's own behalf, whoever's action created or completed the task. */
final class AsEngine {

  private AsEngine() {
  }

  static <T> T call(Callable<T> work) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext == null) {
      throw new IllegalStateException("the task rules run inside an engine command only");
    }
    try {
      return commandContext.runWithoutAuthorization(work);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
