package org.toolflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.ToolFlowSpringTest;

@ToolFlowSpringTest
class ModelDeploymentTest {

  @Autowired
  RepositoryService repositoryService;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void deploysEveryProcessAndFormFileInOneDeployment() throws IOException {
    Set<String> onDisk = new HashSet<>(filesIn("processes", ".bpmn", ".dmn"));
    onDisk.addAll(filesIn("forms", ".form"));

    List<String> deployed = latestDeployment() == null ? List.of() : deployedResourceNames(latestDeployment());
    assertThat(deployed).containsExactlyInAnyOrderElementsOf(onDisk);
  }

  @Test
  void deployingTheSameModelsAgainCreatesNoNewDeployment() throws Exception {
    long before = repositoryService.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).count();

    new ModelDeployment(repositoryService).deploy();

    assertThat(repositoryService.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).count())
        .isEqualTo(before);
  }

  @Test
  void everyUserTaskFormRefResolvesToAFormOfItsDeployment() throws IOException {
    for (ProcessDefinition definition : latestDefinitions()) {
      Set<String> formIds = formIdsOf(definition.getDeploymentId());
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String formRef = task.getCamundaFormRef();
        assertThat(formRef).as("formRef of %s in %s", task.getId(), definition.getKey()).isNotBlank();
        assertThat(task.getCamundaFormRefBinding()).as("formRefBinding of %s", task.getId()).isEqualTo("deployment");
        assertThat(formIds).as("forms deployed with %s", definition.getKey()).contains(formRef);
      }
    }
  }

  @Test
  void everyProcessHasAHistoryTimeToLive() {
    for (ProcessDefinition definition : latestDefinitions()) {
      assertThat(definition.getHistoryTimeToLive()).as("historyTimeToLive of %s", definition.getKey()).isNotNull();
    }
  }

  private List<ProcessDefinition> latestDefinitions() {
    return repositoryService.createProcessDefinitionQuery().latestVersion().list();
  }

  private Deployment latestDeployment() {
    return repositoryService.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME)
        .orderByDeploymentTime().desc().list().stream().findFirst().orElse(null);
  }

  private List<String> deployedResourceNames(Deployment deployment) {
    return repositoryService.getDeploymentResourceNames(deployment.getId());
  }

  private Set<String> formIdsOf(String deploymentId) throws IOException {
    Set<String> ids = new HashSet<>();
    for (String name : repositoryService.getDeploymentResourceNames(deploymentId)) {
      if (name.endsWith(".form")) {
        try (InputStream in = repositoryService.getResourceAsStream(deploymentId, name)) {
          ids.add(json.readTree(in).path("id").asText());
        }
      }
    }
    return ids;
  }

  private static List<String> filesIn(String folder, String... endings) throws IOException {
    Path dir = Path.of(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile)
          .map(file -> file.getFileName().toString())
          .filter(name -> Stream.of(endings).anyMatch(name::endsWith))
          .toList();
    }
  }
}
