package org.toolflow.browser;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;

/** The test-only browser-probe process and its two forms, deployed together so formRefBinding="deployment" finds them. */
final class ProbeProcess {

  static final String KEY = "browser-probe";
  static final String NAME = "Browser probe";
  static final String START_FORM = "browser-probe-start";
  static final String REVIEW_FORM = "browser-probe-review";
  static final String TASK_REVIEW = "Task_ReviewProbe";

  private ProbeProcess() {
  }

  static Deployment deploy(RepositoryService repositoryService) {
    return repositoryService.createDeployment()
        .name(KEY)
        .addClasspathResource("browser/" + KEY + ".bpmn")
        .addClasspathResource("browser/" + START_FORM + ".form")
        .addClasspathResource("browser/" + REVIEW_FORM + ".form")
        .deploy();
  }

  /** Removes the deployment with its instances and history, so other tests see the engine as before. */
  static void remove(RepositoryService repositoryService, Deployment deployment) {
    repositoryService.deleteDeployment(deployment.getId(), true, true);
  }
}
