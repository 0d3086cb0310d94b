package org.toolflow.system.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

/** What Spring could not bind, said as a person fixes it: the field and what is allowed, in words, not Java types. */
final class WrongInput {

  private static final int SHOWN_LENGTH = 60;
  static final String BODY = "body";

  private WrongInput() {
  }

  static FieldProblem parameter(String name, Class<?> type, Object value) {
    return new FieldProblem(name, "must be " + allowed(type) + " (got '" + shown(value) + "')");
  }

  /** The field the body's JSON went wrong at, or {@code body} when the body as a whole is unreadable. */
  static FieldProblem body(HttpMessageNotReadableException e, HandlerMethod handler) {
    Class<?> expected = bodyType(handler);
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining()).replaceFirst("^\\.", "");
      if (mapping instanceof InvalidFormatException format && NulCharacterFilter.hasNul(String.valueOf(format.getValue()))) {
        return new FieldProblem(field, NulCharacterFilter.PROBLEM);
      }
      Class<?> wanted = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
      return new FieldProblem(field, "must be " + (wanted == null ? "text, a number, true/false, an object or a list"
          : allowed(wanted)));
    }
    if (e.getCause() == null && String.valueOf(e.getMessage()).startsWith("Required request body is missing")) {
      return new FieldProblem(BODY, "is required: " + allowed(expected));
    }
    return new FieldProblem(BODY, "must be " + allowed(expected));
  }

  static String allowed(Class<?> type) {
    if (type == null) {
      return "a value of the documented form";
    }
    if (type == int.class || type == Integer.class) {
      return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
    }
    if (type == long.class || type == Long.class || type == short.class || type == Short.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == LocalDate.class) {
      return "a date as yyyy-MM-dd";
    }
    if (Temporal.class.isAssignableFrom(type) || Date.class.isAssignableFrom(type)) {
      return "a date and time as yyyy-MM-ddTHH:mm:ssZ";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
          .collect(Collectors.joining(", "));
    }
    if (Map.class.isAssignableFrom(type)) {
      return "a JSON object";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a JSON array";
    }
    if (type == String.class) {
      return "text";
    }
    return "a value of the documented form";
  }

  private static Class<?> bodyType(HandlerMethod handler) {
    if (handler == null) {
      return null;
    }
    return Arrays.stream(handler.getMethodParameters()).filter(p -> p.hasParameterAnnotation(RequestBody.class))
        .map(MethodParameter::getParameterType).findFirst().orElse(null);
  }

  private static String shown(Object value) {
    String text = String.valueOf(value);
    return text.length() <= SHOWN_LENGTH ? text : text.substring(0, SHOWN_LENGTH) + "…";
  }
}
