package org.toolflow.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.ToolFlowSpringTest;

@ToolFlowSpringTest
class ToolRegistryTest {

  @Autowired
  ToolRegistry registry;

  static Tool newTool() {
    String key = "reg-" + UUID.randomUUID().toString().substring(0, 8);
    return Tool.builder(key).name("Registry probe " + key).supportEmail("support@example.org")
        .teamLeaderName("Ana").teamLeaderEmail("ana@example.org").teamLeaderPhone("+34 600 000 000")
        .purpose("Probes the registry").licence("EUPL-1.2").provider("Probe Lab").category("other").otag(true)
        .status(ToolStatus.ACTIVE).build();
  }

  @Test
  void aRegisteredToolIsOnboardingWhateverStatusItWasGivenAndReadsBackFieldForField() {
    Tool tool = newTool();

    Tool registered = registry.registerOnboarding(tool);

    assertThat(registered.status()).isEqualTo(ToolStatus.ONBOARDING);
    assertThat(registry.find(tool.key())).contains(tool.toBuilder().status(ToolStatus.ONBOARDING).build());
    assertThat(registry.get(tool.key()).qualityOfSupport()).isEqualTo(QualityOfSupport.MEDIUM);
    assertThat(registry.isRegistered(tool.key())).isTrue();
  }

  @Test
  void aKeyIsRegisteredOnlyOnce() {
    Tool tool = registry.registerOnboarding(newTool());

    assertThatThrownBy(() -> registry.registerOnboarding(tool.toBuilder().name("Impostor").build()))
        .isInstanceOf(ToolAlreadyRegisteredException.class).hasMessageContaining(tool.key());
    assertThat(registry.get(tool.key()).name()).isEqualTo(tool.name());
  }

  @Test
  void updateChangesTheFieldsButNotTheStatus() {
    Tool tool = registry.registerOnboarding(newTool());

    Tool updated = registry.update(tool.toBuilder().toolUrl("https://probe.egi.eu").gocdbEntry("probe.egi.eu")
        .qualityOfSupport(QualityOfSupport.ADVANCED).status(ToolStatus.RETIRED).build());

    assertThat(updated.toolUrl()).isEqualTo("https://probe.egi.eu");
    assertThat(updated.gocdbEntry()).isEqualTo("probe.egi.eu");
    assertThat(updated.qualityOfSupport()).isEqualTo(QualityOfSupport.ADVANCED);
    assertThat(updated.status()).isEqualTo(ToolStatus.ONBOARDING);
  }

  @Test
  void anOnboardingToolBecomesActiveOnceAndARetiredOneNeverAgain() {
    Tool tool = registry.registerOnboarding(newTool());

    assertThat(registry.activate(tool.key()).status()).isEqualTo(ToolStatus.ACTIVE);
    assertThat(registry.activate(tool.key()).status()).as("activating twice changes nothing").isEqualTo(ToolStatus.ACTIVE);
    assertThat(registry.listByStatus(ToolStatus.ACTIVE)).extracting(Tool::key).contains(tool.key());
    assertThat(registry.listByStatus(ToolStatus.ONBOARDING)).extracting(Tool::key).doesNotContain(tool.key());

    assertThat(registry.retire(tool.key()).status()).isEqualTo(ToolStatus.RETIRED);
    assertThatThrownBy(() -> registry.activate(tool.key())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("RETIRED");
    assertThat(registry.isRegistered(tool.key())).as("a retired key stays taken").isTrue();
  }

  @Test
  void unknownKeysAreNotFound() {
    assertThat(registry.find("no-such-tool")).isEmpty();
    assertThatThrownBy(() -> registry.get("no-such-tool")).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> registry.update(Tool.builder("no-such-tool").name("x").build()))
        .isInstanceOf(NoSuchElementException.class);
  }
}
