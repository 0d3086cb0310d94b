package org.toolflow.tools;

/** A tool key is taken for good: registry keys are never reused, not even after retirement. */
public class ToolAlreadyRegisteredException extends RuntimeException {

  public ToolAlreadyRegisteredException(String key) {
    super("a tool with key '" + key + "' is already registered");
  }
}
