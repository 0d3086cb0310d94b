package org.toolflow.tools;

/** Where a tool stands: onboarding until EGI Operations has done every step, then active until retired. */
public enum ToolStatus {
  ONBOARDING,
  ACTIVE,
  RETIRED
}
