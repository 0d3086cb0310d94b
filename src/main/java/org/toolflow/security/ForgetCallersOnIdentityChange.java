package org.toolflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantGroupMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantUserMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.CreateUserCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantGroupMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantUserMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTenantCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Forgets every remembered caller once a command that changes users, groups, tenants or memberships has run, so a
 * new password, a removed membership or a deleted user counts from the next request on this node.
 */
@Component
class ForgetCallersOnIdentityChange extends AbstractProcessEnginePlugin {

  private static final Set<Class<?>> IDENTITY_CHANGES = Set.of(SaveUserCmd.class, CreateUserCmd.class,
      DeleteUserCmd.class, SaveGroupCmd.class, DeleteGroupCmd.class, CreateMembershipCmd.class,
      DeleteMembershipCmd.class, SaveTenantCmd.class, DeleteTenantCmd.class, CreateTenantUserMembershipCmd.class,
      DeleteTenantUserMembershipCmd.class, CreateTenantGroupMembershipCmd.class, DeleteTenantGroupMembershipCmd.class);

  private final RememberedCallers callers;

  ForgetCallersOnIdentityChange(RememberedCallers callers) {
    this.callers = callers;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        try {
          return next.execute(command);
        } finally {
          // After the command, and after its transaction when it opened one: a request in between re-reads.
          if (IDENTITY_CHANGES.contains(command.getClass())) {
            callers.forgetAll();
          }
        }
      }
    });
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }
}
