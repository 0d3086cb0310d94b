// ToolFlow's Cockpit configuration. Paths in customScripts are relative to the Cockpit app folder.
export default {
  customScripts: [
    // Audit history: search of every process's history and an instance's trail (Cockpit CE has none).
    'scripts/toolflow-audit/plugin.js'
  ]
};
