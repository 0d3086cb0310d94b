package org.toolflow.change;

/** What the change process needs to know of a tool of the registry. */
record ChangeTool(String key, String name, String supportEmail, String rtCategory, boolean hasOtag) {

  String teamGroup() {
    return "team-" + key;
  }

  String otagGroup() {
    return "otag-" + key;
  }
}
