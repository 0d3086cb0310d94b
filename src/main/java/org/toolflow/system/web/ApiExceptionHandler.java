package org.toolflow.system.web;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of ToolFlow's own API: the field and what is allowed, never SQL or a stack trace. Every refusal of input,
 * whether a controller or a process listener made it, is answered here, as {@code {"error":"invalid input","fields":[…]}}.
 */
@RestControllerAdvice(basePackages = "org.toolflow")
class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
    return badRequest(e.problems());
  }

  // The engine's own form field validation, should a model declare one.
  @ExceptionHandler(FormFieldValidationException.class)
  ResponseEntity<Map<String, Object>> invalidField(FormFieldValidationException e) {
    return badRequest(List.of(new FieldProblem("request", e.getMessage())));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, Object>> wrongType(MethodArgumentTypeMismatchException e) {
    LOG.debug("Parameter {} refused", e.getName(), e);
    return badRequest(List.of(WrongInput.parameter(e.getName(), e.getRequiredType(), e.getValue())));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
    return badRequest(List.of(new FieldProblem(e.getParameterName(), "is required")));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, HandlerMethod handler) {
    LOG.debug("Body refused", e);
    return badRequest(List.of(WrongInput.body(e, handler)));
  }

  @ExceptionHandler(NoSuchElementException.class)
  ResponseEntity<Map<String, Object>> notFound(NoSuchElementException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", String.valueOf(e.getMessage())));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> forbidden(AuthorizationException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", "not authorized"));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Map<String, Object>> unexpected(Exception e) {
    if (e instanceof ErrorResponse springError) {
      return ResponseEntity.status(springError.getStatusCode()).body(Map.of("error", springError.getBody().getTitle()));
    }
    LOG.error("Unexpected error in the API", e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Map.of("error", "internal error; see the server log"));
  }

  private static ResponseEntity<Map<String, Object>> badRequest(List<FieldProblem> problems) {
    return ResponseEntity.badRequest().body(Map.of("error", "invalid input", "fields", problems));
  }
}
