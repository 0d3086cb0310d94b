package org.toolflow.system.process;

/**
 * The process variables every ToolFlow process that concerns a tool or a person's request shares, under these names.
 * They are a contract, not a convention: the audit search finds a process by its {@code toolKey} whatever the
 * process, so a process holder refers to these constants instead of spelling the names again, and a new process
 * that concerns a tool keeps its key in {@link #TOOL_KEY}.
 */
public final class SharedVariables {

  /** The key of the tool the process is about, as the tool registry knows it. */
  public static final String TOOL_KEY = "toolKey";
  /** The tool's name, as the registry or the request gave it. */
  public static final String TOOL_NAME = "toolName";
  /** The ToolFlow user who asked for what the process does. */
  public static final String REQUESTER = "requester";

  private SharedVariables() {
  }
}
