package org.toolflow.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Deploys every model of {@code processes/} and every form of {@code forms/} as one deployment,
 * so that {@code camunda:formRefBinding="deployment"} always finds the form next to its process.
 */
class ModelDeployment {

  static final String DEPLOYMENT_NAME = "toolflow";
  static final String DEPLOYMENT_SOURCE = "ToolFlow start-up";
  static final List<String> PATTERNS = List.of(
      "classpath*:processes/**/*.bpmn",
      "classpath*:processes/**/*.dmn",
      "classpath*:forms/**/*.form");

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);

  private final RepositoryService repositoryService;

  ModelDeployment(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  void deploy() throws IOException {
    List<Resource> models = findModels();
    if (models.isEmpty()) {
      LOG.warn("No models found under processes/ or forms/; nothing deployed");
      return;
    }
    // Filtering on the whole set: if one file changed, all are redeployed together, keeping formRef bindings intact.
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_SOURCE)
        .enableDuplicateFiltering(false);
    for (Resource model : models) {
      try (InputStream in = model.getInputStream()) {
        builder.addString(model.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    String deploymentId = builder.deploy().getId();
    LOG.info("Models deployed: {} files, deployment {}", models.size(), deploymentId);
  }

  static List<Resource> findModels() throws IOException {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    List<Resource> models = new ArrayList<>();
    for (String pattern : PATTERNS) {
      models.addAll(List.of(resolver.getResources(pattern)));
    }
    return models;
  }
}
