package org.toolflow.system.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How a refusal raised in a listener reaches the caller. A listener refuses with a REST exception that carries its
 * status (InvalidInputException: 400, field by field), or an AuthorizationException (403); the engine's own
 * FormFieldValidationException (400) is treated alike. The engine wraps whatever a task listener throws into a ProcessEngineException (ENGINE-03051), a 500 for
 * every client; so the outermost command interceptor, reached after the transaction has rolled back, rethrows the
 * refusal as itself, for the Java API, the engine REST and the webapps' copy of it (Tasklist) alike. The engine REST
 * then answers each with its status, except a FormFieldValidationException on {@code /start}, which it treats as any
 * engine error: the one mapper here answers that with 400.
 */
@Configuration(proxyBeanMethods = false)
class ListenerRefusals {

  @Bean
  ProcessEnginePlugin listenerRefusalsSurface() {
    return new SurfaceListenerRefusals();
  }

  @Bean
  ResourceConfigCustomizer listenerRefusalMapper() {
    return config -> config.register(new FieldOrPersonRefused());
  }

  /** The refusal somewhere in {@code thrown} or under its wrappers, or null when it is none. */
  static RuntimeException refusalIn(Throwable thrown) {
    for (Throwable cause = thrown; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause instanceof RestException || cause instanceof FormFieldValidationException
          || cause instanceof AuthorizationException) {
        return (RuntimeException) cause;
      }
    }
    return null;
  }

  /** Puts {@link Unwrapping} outermost, so it sees the failure after the transaction has rolled back. */
  static final class SurfaceListenerRefusals extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
          ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
      interceptors.add(0, new Unwrapping());
      configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }
  }

  static final class Unwrapping extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException failure) {
        RuntimeException refusal = refusalIn(failure);
        throw refusal != null ? refusal : failure;
      }
    }
  }

  /**
   * The engine REST wraps a form field or authorization refusal into a RestException: 500 on {@code /start}, and on
   * {@code /submit-form} and {@code /complete} an answer of type RestException. Both are answered with the refusal's
   * status and type and the REST API's message.
   */
  @Priority(1)
  static final class FieldOrPersonRefused implements ExtendedExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public boolean isMappable(RestException exception) {
      return refusal(exception) != null;
    }

    @Override
    public Response toResponse(RestException exception) {
      Throwable refusal = refusal(exception);
      if (refusal == null) {
        return camunda.toResponse(exception);
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", refusal.getClass().getSimpleName());
      body.put("message", exception.getMessage());
      body.put("code", null);
      return Response.status(refusal instanceof AuthorizationException ? 403 : 400)
          .type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static Throwable refusal(RestException exception) {
      Throwable refusal = refusalIn(exception.getCause());
      return refusal instanceof RestException ? null : refusal;
    }
  }
}
