package org.toolflow.system.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine wraps whatever a task listener throws into a plain ProcessEngineException, which the engine REST API
 * answers with 500. A listener that refuses a form (FormFieldValidationException) or a person (AuthorizationException)
 * is answered 400 or 403 instead, with the listener's message. (FormInputRejected is surfaced by its own interceptor.)
 */
@Configuration(proxyBeanMethods = false)
class ListenerRefusals {

  @Bean
  ResourceConfigCustomizer listenerRefusalMappers() {
    return config -> config.register(new InRestException()).register(new InEngineException());
  }

  /** The refusal somewhere under the wrappers, or null when the exception is no refusal. */
  static Throwable refusal(Throwable thrown) {
    for (Throwable cause = thrown.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause instanceof AuthorizationException || cause instanceof FormFieldValidationException) {
        return cause;
      }
    }
    return null;
  }

  static Response answer(Throwable thrown) {
    Throwable refusal = refusal(thrown);
    int status = refusal instanceof AuthorizationException ? 403 : 400;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", refusal.getClass().getSimpleName());
    body.put("message", thrown.getMessage());
    body.put("code", null);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /** {@code /task/{id}/complete} and {@code /submit-form} wrap the engine's exception into a RestException (500). */
  @Priority(1)
  static final class InRestException implements ExtendedExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public boolean isMappable(RestException exception) {
      return refusal(exception) != null;
    }

    @Override
    public Response toResponse(RestException exception) {
      return isMappable(exception) ? answer(exception) : camunda.toResponse(exception);
    }
  }

  /** {@code /task/{id}/claim}, {@code /assignee} and others let the engine's exception through. */
  @Priority(1)
  static final class InEngineException implements ExtendedExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public boolean isMappable(ProcessEngineException exception) {
      return refusal(exception) != null;
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return isMappable(exception) ? answer(exception) : camunda.toResponse(exception);
    }
  }
}
