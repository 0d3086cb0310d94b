package org.toolflow.onboarding;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.toolflow.integration.gocdb.DeclaredDowntime;
import org.toolflow.integration.gocdb.Downtime;
import org.toolflow.integration.gocdb.GocdbDirectory;
import org.toolflow.integration.gocdb.ServiceEndpoint;

/**
 * When a person registers a host in GOCDB, as seen by the checks: for a host a test names, the entry is missing
 * until the given check. Every check still goes to the real GOCDB bean (dry-run in tests), which answers and
 * journals it; only the answer of the checks before the registration is replaced by GOCDB's "nothing found".
 * Hosts no test names are untouched, so other tests see the plain dry run.
 */
@Component
class GocdbRegistrationTimes implements BeanPostProcessor {

  private final Map<String, AtomicInteger> checksBeforeRegistration = new ConcurrentHashMap<>();

  /** The host's entry appears in GOCDB just before check number {@code check} (1 = at once). */
  void registeredBeforeCheck(String hostname, int check) {
    checksBeforeRegistration.put(hostname, new AtomicInteger(check - 1));
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    return bean instanceof GocdbDirectory directory ? new RegisteredLater(directory) : bean;
  }

  private final class RegisteredLater implements GocdbDirectory {

    private final GocdbDirectory gocdb;

    private RegisteredLater(GocdbDirectory gocdb) {
      this.gocdb = gocdb;
    }

    @Override
    public List<ServiceEndpoint> findServiceEndpoints(String hostname) {
      List<ServiceEndpoint> answer = gocdb.findServiceEndpoints(hostname);
      AtomicInteger missing = checksBeforeRegistration.get(hostname);
      return missing != null && missing.getAndDecrement() > 0 ? List.of() : answer;
    }

    @Override
    public List<Downtime> findDowntimes(DeclaredDowntime declared) {
      return gocdb.findDowntimes(declared);
    }
  }
}
