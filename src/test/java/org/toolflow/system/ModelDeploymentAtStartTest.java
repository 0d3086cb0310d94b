package org.toolflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;

class ModelDeploymentAtStartTest {

  private final ModelDeploymentAtStart atStart = new ModelDeploymentAtStart();

  @Test
  void theEngineIsPassedOnBeforeTheDeploymentEndsAndTheRunnerWaitsForIt() {
    CountDownLatch mayFinish = new CountDownLatch(1);
    AtomicBoolean finished = new AtomicBoolean();
    ProcessEngine engine = engineWhoseDeployment(() -> {
      await(mayFinish);
      finished.set(true);
      throw new ProcessEngineException("stopped here: the builder is not needed to see when it deploys");
    });

    assertThat(atStart.postProcessAfterInitialization(engine, "processEngine")).isSameAs(engine);

    assertThat(finished).isFalse();
    mayFinish.countDown();
    assertThatThrownBy(() -> atStart.run(null)).hasMessageContaining("stopped here");
    assertThat(finished).isTrue();
  }

  @Test
  void theRunnerFailsWithTheDeploymentsOwnError() {
    ProcessEngine engine = engineWhoseDeployment(() -> {
      throw new ProcessEngineException("ENGINE-09005 Could not parse BPMN process: change-request.bpmn");
    });

    atStart.postProcessAfterInitialization(engine, "processEngine");

    assertThatThrownBy(() -> atStart.run(null))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessage("ENGINE-09005 Could not parse BPMN process: change-request.bpmn");
  }

  @Test
  void otherBeansPassUnchangedAndStartNoDeployment() {
    Object other = new Object();

    assertThat(atStart.postProcessAfterInitialization(other, "other")).isSameAs(other);
    assertThatThrownBy(() -> atStart.run(null)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no models were deployed");
  }

  private static ProcessEngine engineWhoseDeployment(Runnable createDeployment) {
    RepositoryService repository = proxy(RepositoryService.class, method -> {
      if (method.equals("createDeployment")) {
        createDeployment.run();
      }
      throw new UnsupportedOperationException(method);
    });
    return proxy(ProcessEngine.class, method -> {
      if (method.equals("getRepositoryService")) {
        return repository;
      }
      throw new UnsupportedOperationException(method);
    });
  }

  private interface Answer {
    Object to(String method);
  }

  private static <T> T proxy(Class<T> type, Answer answer) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (self, method, arguments) -> answer.to(method.getName())));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
