package org.toolflow.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** The access tests' own process: one task for EGI Operations, one for the OMB, both with a Camunda Form. */
final class AccessProbe {

  static final String KEY = "access-probe";
  static final String BPMN = "security/access-probe.bpmn";
  static final String FORM = "security/access-probe-review.form";
  static final String DMN = "security/probe-rule.dmn";

  record Instance(String id, String operationsTaskId, String ombTaskId) {
  }

  private AccessProbe() {
  }

  static void deploy(RepositoryService repositoryService) {
    repositoryService.createDeployment().name(KEY).enableDuplicateFiltering(false)
        .addClasspathResource(BPMN).addClasspathResource(FORM).deploy();
  }

  /** Started by the system, as a process started by someone else would be. */
  static Instance start(RuntimeService runtimeService, TaskService taskService) {
    String id = runtimeService.startProcessInstanceByKey(KEY, Map.of("probeComment", "before")).getId();
    return new Instance(id, task(taskService, id, "Task_Operations"), task(taskService, id, "Task_Omb"));
  }

  static byte[] resource(String name) {
    try (InputStream in = AccessProbe.class.getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String task(TaskService taskService, String instanceId, String key) {
    Task task = taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(key).singleResult();
    return task.getId();
  }
}
