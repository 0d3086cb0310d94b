package org.toolflow.system.forms;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws into a ProcessEngineException (ENGINE-03051), which the REST
 * API answers with 500. This outermost command interceptor, reached after the transaction has rolled back,
 * rethrows a {@link FormInputRejected} found in the cause chain as itself, so that completing a task with bad
 * data is a 400 naming the fields, on {@code /submit-form} and {@code /complete} alike, and for the Java API.
 */
@Component
class SurfaceRejectedInput extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(0, new Unwrapping());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static final class Unwrapping extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException failure) {
        FormInputRejected rejected = rejectedInputIn(failure);
        throw rejected != null ? rejected : failure;
      }
    }

    static FormInputRejected rejectedInputIn(Throwable failure) {
      for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
        if (cause instanceof FormInputRejected rejected) {
          return rejected;
        }
      }
      return null;
    }
  }
}
