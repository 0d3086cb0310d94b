package org.toolflow.change;

import java.util.List;
import java.util.Optional;

/** The tool registry as the change process sees it: only ACTIVE tools take change requests. */
interface ChangeTools {

  Optional<ChangeTool> active(String toolKey);

  /** Whatever its status: a change already filed goes on if its tool is retired meanwhile. */
  Optional<ChangeTool> find(String toolKey);

  List<String> activeKeys();

  /** The one ACTIVE tool whose RT category (its name when it has none) is {@code category}, ignoring case. */
  Optional<ChangeTool> activeWithRtCategory(String category);
}
