package org.toolflow.incident.maintenance;

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
 * When a team declares its downtime in GOCDB, as seen by the checks: for a host a test names, the downtime is missing
 * until the given check. Every check still goes to the real GOCDB bean (dry-run in tests), which answers and journals
 * it; only the answer of the checks before the declaration is replaced by GOCDB's "nothing found". Hosts no test
 * names see the plain dry run, which answers the declared downtime at once.
 */
@Component
class GocdbDeclarationTimes implements BeanPostProcessor {

  private final Map<String, AtomicInteger> checksBeforeDeclaration = new ConcurrentHashMap<>();

  /** The host's downtime appears in GOCDB just before check number {@code check} (1 = at once). */
  void declaredBeforeCheck(String hostname, int check) {
    checksBeforeDeclaration.put(hostname, new AtomicInteger(check - 1));
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    return bean instanceof GocdbDirectory directory ? new DeclaredLater(directory) : bean;
  }

  private final class DeclaredLater implements GocdbDirectory {

    private final GocdbDirectory gocdb;

    private DeclaredLater(GocdbDirectory gocdb) {
      this.gocdb = gocdb;
    }

    @Override
    public List<ServiceEndpoint> findServiceEndpoints(String hostname) {
      return gocdb.findServiceEndpoints(hostname);
    }

    @Override
    public List<Downtime> findDowntimes(DeclaredDowntime declared) {
      List<Downtime> answer = gocdb.findDowntimes(declared);
      AtomicInteger missing = checksBeforeDeclaration.get(declared.hostname());
      return missing != null && missing.getAndDecrement() > 0 ? List.of() : answer;
    }
  }
}
