package org.toolflow.change;

import java.time.LocalDate;

/** A change request as filed, after validation. */
record ChangeRequestInput(ChangeTool tool, String title, String description, String customer, String requestedType,
    boolean securityVulnerability, String standardChange, LocalDate intendedDeploymentDate) {

  boolean otherCustomer() {
    return !ChangeRequestProcess.Values.EGI.equalsIgnoreCase(customer);
  }
}
