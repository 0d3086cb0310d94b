package org.toolflow.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Starts {@link ModelDeployment} on a thread of its own as soon as the engine bean exists (every engine plugin has
 * run), so that parsing and storing the models overlaps the rest of the start (Flyway, REST, the webapps). The first
 * start-up runner waits for it: ToolFlow is ready, and the later runners run, only once the models are deployed.
 */
@Component
@Order(0)
class ModelDeploymentAtStart implements BeanPostProcessor, ApplicationRunner {

  private volatile CompletableFuture<Void> deployed;

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof ProcessEngine engine && deployed == null) {
      ModelDeployment deployment = new ModelDeployment(engine.getRepositoryService());
      deployed = CompletableFuture.runAsync(() -> deployUnchecked(deployment), ModelDeploymentAtStart::onOwnThread);
    }
    return bean;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (deployed == null) {
      throw new IllegalStateException("No process engine bean was created, so no models were deployed");
    }
    try {
      deployed.join();
    } catch (CompletionException failed) {
      // The deployment's own exception (a model that does not parse, say) is what the operator must read.
      throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
    }
  }

  private static void deployUnchecked(ModelDeployment deployment) {
    try {
      deployment.deploy();
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the models of processes/ and forms/ failed", e);
    }
  }

  private static void onOwnThread(Runnable work) {
    Thread thread = new Thread(work, "model-deployment");
    // A start that fails elsewhere must not wait for the deployment to end.
    thread.setDaemon(true);
    thread.start();
  }
}
