package org.toolflow.tools;

/** The GGUS quality of support of a tool's support unit; Medium unless agreed otherwise. */
public enum QualityOfSupport {
  BASE,
  MEDIUM,
  ADVANCED;

  public static final QualityOfSupport DEFAULT = MEDIUM;
}
