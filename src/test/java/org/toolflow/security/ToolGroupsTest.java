package org.toolflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.ToolFlowSpringTest;

@ToolFlowSpringTest
class ToolGroupsTest {

  @Autowired
  ProcessEngineConfigurationImpl engineConfiguration;

  @Test
  void aToolHasATeamAndAnOtagGroupNamedAfterItsKey() {
    assertThat(ToolGroups.team("check-in")).isEqualTo("team-check-in");
    assertThat(ToolGroups.otag("check-in")).isEqualTo("otag-check-in");
  }

  @Test
  void theKindOfGroupIsReadFromItsName() {
    assertThat(ToolGroups.isTeam("team-check-in")).isTrue();
    assertThat(ToolGroups.isOtag("team-check-in")).isFalse();
    assertThat(ToolGroups.isOtag("otag-check-in")).isTrue();
    assertThat(ToolGroups.isTeam("egi-operations")).isFalse();
    assertThat(Roles.isOperatorGroup("team-check-in")).isTrue();
    assertThat(Roles.isOperatorGroup("otag-check-in")).isTrue();
  }

  @Test
  void aModelReadsTheNamesThroughTheBean() {
    Object team = engineConfiguration.getCommandExecutorTxRequired().execute(context ->
        engineConfiguration.getExpressionManager().createExpression("${toolGroups.team('check-in')}")
            .getValue(StartProcessVariableScope.getSharedInstance()));
    Object otag = engineConfiguration.getCommandExecutorTxRequired().execute(context ->
        engineConfiguration.getExpressionManager().createExpression("${toolGroups.otag('check-in')}")
            .getValue(StartProcessVariableScope.getSharedInstance()));

    assertThat(team).isEqualTo("team-check-in");
    assertThat(otag).isEqualTo("otag-check-in");
  }
}
