package org.toolflow.change;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.toolflow.tools.Tool;
import org.toolflow.tools.ToolRegistry;
import org.toolflow.tools.ToolStatus;

/** The change process's view of the tool registry. */
@Component
class RegistryChangeTools implements ChangeTools {

  private final ToolRegistry registry;

  RegistryChangeTools(ToolRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Optional<ChangeTool> active(String toolKey) {
    return registry.find(toolKey).filter(tool -> tool.status() == ToolStatus.ACTIVE).map(RegistryChangeTools::view);
  }

  @Override
  public Optional<ChangeTool> find(String toolKey) {
    return registry.find(toolKey).map(RegistryChangeTools::view);
  }

  @Override
  public List<String> activeKeys() {
    return registry.listByStatus(ToolStatus.ACTIVE).stream().map(Tool::key).toList();
  }

  @Override
  public Optional<ChangeTool> activeWithRtCategory(String category) {
    if (category == null || category.isBlank()) {
      return Optional.empty();
    }
    List<ChangeTool> matching = registry.listByStatus(ToolStatus.ACTIVE).stream().map(RegistryChangeTools::view)
        .filter(tool -> category.trim().equalsIgnoreCase(tool.rtCategory() == null ? tool.name() : tool.rtCategory()))
        .toList();
    return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
  }

  private static ChangeTool view(Tool tool) {
    return new ChangeTool(tool.key(), tool.name(), tool.supportEmail(), tool.rtCategory(), tool.otag());
  }
}
