package org.toolflow.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Work ToolFlow does on its own behalf, without the authorization checks of whoever caused it: a process evaluating
 * its decisions or reading its people, a controller telling "not yours" from "not there". Inside an engine command
 * (a delegate or listener) the checks are switched off for that command; outside, the caller's authentication is set
 * aside for the work and put back afterwards.
 */
@Component
public class AsSystem {

  // Looked up when first needed: the engine's own listeners use this class while the engine is being built.
  private final ObjectProvider<IdentityService> identityService;

  AsSystem(ObjectProvider<IdentityService> identityService) {
    this.identityService = identityService;
  }

  public <T> T call(Supplier<T> work) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext != null) {
      return commandContext.runWithoutAuthorization(work::get);
    }
    IdentityService identity = identityService.getObject();
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
