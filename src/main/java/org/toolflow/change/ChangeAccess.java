package org.toolflow.change;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.toolflow.security.AccessPolicy;

/**
 * Who may take part in change management. Any ToolFlow user may request a change (EGI users are asked to) and may
 * ask to hold or resume one, which the hold process then checks against the change. Tasks are granted per task
 * to their candidate groups by the engine.
 */
@Component
@Order(31)
class ChangeAccess implements ApplicationRunner {

  private final AccessPolicy accessPolicy;

  ChangeAccess(AccessPolicy accessPolicy) {
    this.accessPolicy = accessPolicy;
  }

  @Override
  public void run(ApplicationArguments args) {
    accessPolicy.letEveryoneStart(ChangeRequestProcess.PROCESS_KEY);
    accessPolicy.letEveryoneStart(ChangeHoldProcess.PROCESS_KEY);
  }
}
