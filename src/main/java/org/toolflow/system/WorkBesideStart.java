package org.toolflow.system;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** A part of the start that runs on a thread of its own while the rest goes on, and is awaited before it is needed. */
public final class WorkBesideStart {

  private final CompletableFuture<Void> done;

  private WorkBesideStart(CompletableFuture<Void> done) {
    this.done = done;
  }

  /** Starts the work on a daemon thread of this name: a start that fails elsewhere must not wait for it. */
  public static WorkBesideStart begin(String threadName, Runnable work) {
    return new WorkBesideStart(CompletableFuture.runAsync(work, task -> {
      Thread thread = new Thread(task, threadName);
      thread.setDaemon(true);
      thread.start();
    }));
  }

  /** Waits for the end; a failure comes back as the work's own exception, which is what the operator must read. */
  public void await() {
    try {
      done.join();
    } catch (CompletionException failed) {
      throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
    }
  }
}
