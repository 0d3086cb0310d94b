package org.toolflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class WorkBesideStartTest {

  @Test
  void runsOnANamedThreadThatIsNoDaemonAndAwaitWaitsForTheEnd() throws Exception {
    CompletableFuture<Thread> worker = new CompletableFuture<>();
    CountDownLatch mayFinish = new CountDownLatch(1);

    WorkBesideStart work = WorkBesideStart.begin("some-work", () -> {
      worker.complete(Thread.currentThread());
      await(mayFinish);
    });

    Thread thread = worker.get(10, TimeUnit.SECONDS);
    assertThat(thread.getName()).isEqualTo("some-work");
    // A start that fails elsewhere must let a migration or deployment end before the JVM exits.
    assertThat(thread.isDaemon()).isFalse();
    CompletableFuture<Void> awaited = CompletableFuture.runAsync(work::await);
    assertThatThrownBy(() -> awaited.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
    mayFinish.countDown();
    awaited.get(10, TimeUnit.SECONDS);
  }

  @Test
  void awaitThrowsTheWorksOwnRuntimeException() {
    IllegalStateException failure = new IllegalStateException("Column \"FOUND_NOWHERE\" not found");

    WorkBesideStart work = WorkBesideStart.begin("failing-work", () -> {
      throw failure;
    });

    assertThatThrownBy(work::await).isSameAs(failure);
  }

  @Test
  void anErrorComesBackAsTheCauseOfTheCompletion() {
    NoClassDefFoundError error = new NoClassDefFoundError("org/toolflow/Missing");

    WorkBesideStart work = WorkBesideStart.begin("erring-work", () -> {
      throw error;
    });

    assertThatThrownBy(work::await).isInstanceOf(CompletionException.class).hasCause(error);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
