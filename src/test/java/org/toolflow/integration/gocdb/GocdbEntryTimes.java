package org.toolflow.integration.gocdb;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * When a person enters something in GOCDB, as seen by ToolFlow's checks: for a host a test names, the service
 * endpoint (onboarding) or the downtime (maintenance window) is missing until the given check. Every check still
 * goes to the real GOCDB bean (dry-run in tests), which answers and journals it; only the answer of the checks before
 * the entry is replaced by GOCDB's "nothing found". Hosts no test names see the plain dry run.
 */
@Component
public class GocdbEntryTimes implements BeanPostProcessor {

  private final Map<String, AtomicInteger> checksBeforeRegistration = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> checksBeforeDeclaration = new ConcurrentHashMap<>();

  /** The host's service endpoint appears in GOCDB just before check number {@code check} (1 = at once). */
  public void registeredBeforeCheck(String hostname, int check) {
    checksBeforeRegistration.put(hostname, new AtomicInteger(check - 1));
  }

  /** The host's downtime appears in GOCDB just before check number {@code check} (1 = at once). */
  public void declaredBeforeCheck(String hostname, int check) {
    checksBeforeDeclaration.put(hostname, new AtomicInteger(check - 1));
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    return bean instanceof GocdbDirectory directory ? new EnteredLater(directory) : bean;
  }

  private static <T> List<T> unlessStillMissing(Map<String, AtomicInteger> checksBefore, String hostname,
      List<T> answer) {
    AtomicInteger missing = checksBefore.get(hostname);
    return missing != null && missing.getAndDecrement() > 0 ? List.of() : answer;
  }

  private final class EnteredLater implements GocdbDirectory {

    private final GocdbDirectory gocdb;

    private EnteredLater(GocdbDirectory gocdb) {
      this.gocdb = gocdb;
    }

    @Override
    public List<ServiceEndpoint> findServiceEndpoints(String hostname) {
      return unlessStillMissing(checksBeforeRegistration, hostname, gocdb.findServiceEndpoints(hostname));
    }

    @Override
    public List<Downtime> findDowntimes(DeclaredDowntime declared) {
      return unlessStillMissing(checksBeforeDeclaration, declared.hostname(), gocdb.findDowntimes(declared));
    }
  }
}
