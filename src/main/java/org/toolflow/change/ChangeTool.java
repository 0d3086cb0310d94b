package org.toolflow.change;

import org.toolflow.security.ToolGroups;

/** What the change process needs to know of a tool of the registry. */
record ChangeTool(String key, String name, String supportEmail, String rtCategory, boolean hasOtag) {

  String teamGroup() {
    return ToolGroups.team(key);
  }

  String otagGroup() {
    return ToolGroups.otag(key);
  }
}
