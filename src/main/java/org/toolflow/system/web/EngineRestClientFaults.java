package org.toolflow.system.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.spin.spi.SpinDataFormatException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Failures of the engine REST API that the request caused but that Camunda answers with 500: a Java-serialized
 * variable, a JSON variable that does not parse, a deployment resource that is not a readable model, a task that
 * does not exist. Each is answered with 400 (404 for the task) in Camunda's error shape; any other failure is left
 * to Camunda's own mappers, so a true server error stays a 500.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestClientFaults {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRestClientFaults.class);

  // Engine codes of a resource that does not parse: XML (a DOCTYPE too), DMN, Camunda Form.
  private static final List<String> UNPARSABLE_RESOURCE = List.of("ENGINE-09003", "ENGINE-22004", "ENGINE-09033");
  private static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";
  private static final Pattern UNREADABLE_VARIABLE = Pattern.compile("^Cannot deserialize object in variable '([^']*)'");
  private static final String NO_TASK = "Cannot find task with id";
  private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*:\\s*");

  @Bean
  ResourceConfigCustomizer clientFaultMappers() {
    return config -> config.register(new UnderRestException()).register(new FromEngine());
  }

  /** What the request did wrong: the status and a message without class names. */
  record ClientFault(int status, String message) {
  }

  /** The client's fault in {@code thrown} or its causes, or null when the failure is the server's. */
  static ClientFault faultIn(Throwable thrown) {
    for (Throwable cause = thrown; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      ClientFault fault = faultOf(cause);
      if (fault != null) {
        return fault;
      }
    }
    return null;
  }

  private static ClientFault faultOf(Throwable cause) {
    if (!(cause instanceof ProcessEngineException)) {
      return null;
    }
    String message = String.valueOf(cause.getMessage());
    if (message.startsWith(JAVA_SERIALIZATION_PROHIBITED)) {
      return new ClientFault(400, message + ": send an object as JSON (type Json) or as plain values");
    }
    Matcher unreadable = UNREADABLE_VARIABLE.matcher(message);
    // Values the engine wrote itself always parse again, so an unparsable one is what a client sent.
    if (unreadable.find() && cause.getCause() instanceof SpinDataFormatException) {
      return new ClientFault(400, "variable '" + unreadable.group(1) + "' is not valid " + dataFormat(message)
          + ": " + withoutClassNames(cause.getCause().getMessage()));
    }
    if (UNPARSABLE_RESOURCE.stream().anyMatch(message::startsWith)) {
      return new ClientFault(400, withoutClassNames(message));
    }
    if (cause instanceof NullValueException && message.startsWith(NO_TASK)) {
      return new ClientFault(404, message);
    }
    return null;
  }

  private static String dataFormat(String message) {
    return message.contains("XML") ? "XML" : "JSON";
  }

  static String withoutClassNames(String message) {
    return CLASS_NAME.matcher(String.valueOf(message)).replaceAll("");
  }

  private static Response answer(Throwable exception, ClientFault fault) {
    LOG.info("Engine REST request refused with {}: {}", fault.status(), fault.message());
    LOG.debug("The refused request's failure", exception);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("message", fault.message());
    body.put("code", null);
    return Response.status(fault.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /** A start, task completion or form submission: Camunda wraps the engine's failure into a RestException. */
  @Priority(1)
  static final class UnderRestException implements ExtendedExceptionMapper<RestException> {

    @Override
    public boolean isMappable(RestException exception) {
      return faultIn(exception) != null;
    }

    @Override
    public Response toResponse(RestException exception) {
      return answer(exception, faultIn(exception));
    }
  }

  /** A deployment or a variable update: the engine's failure reaches the REST API as it is. */
  @Priority(1)
  static final class FromEngine implements ExtendedExceptionMapper<ProcessEngineException> {

    @Override
    public boolean isMappable(ProcessEngineException exception) {
      return faultIn(exception) != null;
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return answer(exception, faultIn(exception));
    }
  }
}
