package org.toolflow.system.config;

/**
 * A text setting given but left blank (an empty environment variable in a service file) counts as not given: it
 * takes the same default as {@code @DefaultValue} gives the missing one. Every configuration record declares its
 * defaults with {@code @DefaultValue}, naming a constant that its constructor passes here.
 */
public final class BlankSetting {

  private BlankSetting() {
  }

  /** The trimmed value, or the default when the value is missing or blank. */
  public static String orDefault(String value, String defaultValue) {
    return value == null || value.isBlank() ? defaultValue : value.trim();
  }
}
