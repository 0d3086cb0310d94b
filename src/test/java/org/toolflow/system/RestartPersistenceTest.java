package org.toolflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.toolflow.ToolFlowApplication;

/** ToolFlow on its file database, stopped and started again, as an operator would. */
@ExtendWith(OutputCaptureExtension.class)
class RestartPersistenceTest {

  @TempDir
  Path workDir;

  @Test
  void anInstanceStartedBeforeARestartIsStillWaitingAfterIt(CapturedOutput output) throws Exception {
    String instanceId;
    try (ConfigurableApplicationContext first = start()) {
      first.getBean(RepositoryService.class).createDeployment()
          .addModelInstance("restart-probe.bpmn", Bpmn.createExecutableProcess("restart-probe")
              .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Wait").endEvent().done())
          .deploy();
      instanceId = first.getBean(RuntimeService.class).startProcessInstanceByKey("restart-probe", "before-restart").getId();
    }

    try (ConfigurableApplicationContext second = start()) {
      RuntimeService runtime = second.getBean(RuntimeService.class);
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getBusinessKey())
          .isEqualTo("before-restart");
      assertThat(second.getBean(TaskService.class).createTaskQuery().processInstanceId(instanceId).singleResult()
          .getTaskDefinitionKey()).isEqualTo("Task_Wait");
      assertThat(second.getBean(IdentityService.class).createUserQuery().userId("admin").count()).isEqualTo(1);
    }
  }

  @Test
  void withoutCredentialsInTheEnvironmentAnOwnerOnlyPasswordFileIsWrittenAndNeverLogged(CapturedOutput output)
      throws Exception {
    Path passwordFile = workDir.resolve("initial-admin-password");
    try (ConfigurableApplicationContext context = start()) {
      String password = Files.readString(passwordFile).trim();

      assertThat(context.getBean(IdentityService.class).checkPassword("admin", password)).isTrue();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
      assertThat(output.getAll()).doesNotContain(password).contains(passwordFile.toAbsolutePath().toString());
    }
    try (ConfigurableApplicationContext again = start()) {
      assertThat(again.getBean(IdentityService.class).createUserQuery().count()).as("no second administrator").isEqualTo(1);
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(ToolFlowApplication.class)
        .web(WebApplicationType.SERVLET)
        .run(
            "--spring.datasource.url=jdbc:h2:file:" + workDir.resolve("toolflow").toAbsolutePath(),
            "--server.port=0",
            "--camunda.bpm.process-engine-name=restartProbe",
            "--camunda.bpm.job-execution.enabled=false",
            "--toolflow.admin.user=",
            "--toolflow.admin.password=",
            "--toolflow.admin.data-dir=" + workDir.toAbsolutePath());
  }
}
