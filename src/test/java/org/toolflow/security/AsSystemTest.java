package org.toolflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.ToolFlowSpringTest;

@ToolFlowSpringTest
class AsSystemTest {

  private static final String NOBODY = "someone-without-rights";

  @Autowired
  AsSystem asSystem;
  @Autowired
  IdentityService identityService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  ProcessEngineConfigurationImpl engineConfiguration;

  @AfterEach
  void noOneLeftAuthenticated() {
    identityService.clearAuthentication();
  }

  @Test
  void outsideACommandTheWorkSeesWhatTheCallerMayNotAndTheCallerIsPutBack() {
    long all = repositoryService.createProcessDefinitionQuery().count();
    identityService.setAuthentication(NOBODY, List.of());
    long mayStart = repositoryService.createProcessDefinitionQuery().count();

    long seen = asSystem.call(() -> repositoryService.createProcessDefinitionQuery().count());

    assertThat(mayStart).isLessThan(all);
    assertThat(seen).isEqualTo(all);
    assertThat(identityService.getCurrentAuthentication().getUserId()).isEqualTo(NOBODY);
    assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(mayStart);
  }

  @Test
  void insideACommandTheChecksAreOffForTheWorkOnly() {
    identityService.setAuthentication(NOBODY, List.of());

    List<Boolean> checksOn = engineConfiguration.getCommandExecutorTxRequired().execute(context -> {
      boolean during = asSystem.call(context::isAuthorizationCheckEnabled);
      return List.of(during, context.isAuthorizationCheckEnabled());
    });
    long seen = engineConfiguration.getCommandExecutorTxRequired().execute(
        context -> asSystem.call(() -> repositoryService.createProcessDefinitionQuery().count()));
    identityService.clearAuthentication();

    assertThat(checksOn).containsExactly(false, true);
    assertThat(seen).isEqualTo(repositoryService.createProcessDefinitionQuery().count());
  }

  @Test
  void aFailureStillPutsTheCallerBack() {
    identityService.setAuthentication(NOBODY, List.of());

    assertThatThrownBy(() -> asSystem.run(() -> {
      throw new IllegalStateException("refused");
    })).hasMessage("refused");

    assertThat(identityService.getCurrentAuthentication().getUserId()).isEqualTo(NOBODY);
  }

  @Test
  void withoutACallerNoOneIsAuthenticatedAfterwards() {
    asSystem.run(() -> assertThat(identityService.getCurrentAuthentication()).isNull());

    assertThat(identityService.getCurrentAuthentication()).isNull();
  }
}
