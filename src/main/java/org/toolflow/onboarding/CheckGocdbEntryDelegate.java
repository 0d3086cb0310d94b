package org.toolflow.onboarding;

import static org.toolflow.onboarding.OnboardingVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.toolflow.integration.gocdb.GocdbDirectory;
import org.toolflow.integration.gocdb.ServiceEndpoint;

/**
 * Looks the registered host up in GOCDB. Found: the entry is recorded. Missing: wait and check again, until the
 * configured number of checks, after which EGI Operations is asked to look at the registration (and counting restarts).
 */
@Component("checkGocdbEntryDelegate")
class CheckGocdbEntryDelegate implements JavaDelegate {

  private final GocdbDirectory gocdb;
  private final OnboardingProperties properties;

  CheckGocdbEntryDelegate(GocdbDirectory gocdb, OnboardingProperties properties) {
    this.gocdb = gocdb;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String hostname = OnboardingTool.text(execution, GOCDB_HOSTNAME);
    int checks = execution.getVariable(GOCDB_CHECKS) instanceof Integer done ? done + 1 : 1;
    List<ServiceEndpoint> endpoints = gocdb.findServiceEndpoints(hostname);
    if (!endpoints.isEmpty()) {
      ServiceEndpoint endpoint = endpoints.get(0);
      execution.setVariable(GOCDB_CHECKS, checks);
      execution.setVariable(GOCDB_ENTRY, endpoint.hostname());
      execution.setVariable(GOCDB_PRIMARY_KEY, endpoint.primaryKey());
      execution.setVariable(GOCDB_CHECK_OUTCOME, GOCDB_FOUND);
    } else if (checks < properties.gocdbMaxChecks()) {
      execution.setVariable(GOCDB_CHECKS, checks);
      execution.setVariable(GOCDB_CHECK_DELAY, properties.gocdbCheckInterval().toString());
      execution.setVariable(GOCDB_CHECK_OUTCOME, GOCDB_RETRY);
    } else {
      execution.setVariable(GOCDB_CHECKS, 0);
      execution.setVariable(GOCDB_NOTE, "GOCDB had no service endpoint for host '" + hostname + "' after " + checks
          + " checks. Check the registration in the GOCDB portal and the host name, then confirm again.");
      execution.setVariable(GOCDB_CHECK_OUTCOME, GOCDB_EXHAUSTED);
    }
  }
}
