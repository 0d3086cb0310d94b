package org.toolflow.system;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** A part of the start that runs on a thread of its own while the rest goes on, and is awaited before it is needed. */
public final class WorkBesideStart {

  private final CompletableFuture<Void> done;

  private WorkBesideStart(CompletableFuture<Void> done) {
    this.done = done;
  }

  /**
   * Starts the work on a thread of this name. It is no daemon: when the start fails elsewhere, the JVM still lets the
   * work end before it exits, so that no migration or deployment is left half done.
   */
  public static WorkBesideStart begin(String threadName, Runnable work) {
    return new WorkBesideStart(CompletableFuture.runAsync(work, task -> new Thread(task, threadName).start()));
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
