package org.toolflow.system;

import java.io.IOException;
import java.io.UncheckedIOException;
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

  private volatile WorkBesideStart deployed;

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof ProcessEngine engine && deployed == null) {
      ModelDeployment deployment = new ModelDeployment(engine.getRepositoryService());
      deployed = WorkBesideStart.begin("model-deployment", () -> deployUnchecked(deployment));
    }
    return bean;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (deployed == null) {
      throw new IllegalStateException("No process engine bean was created, so no models were deployed");
    }
    deployed.await();
  }

  private static void deployUnchecked(ModelDeployment deployment) {
    try {
      deployment.deploy();
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the models of processes/ and forms/ failed", e);
    }
  }
}
