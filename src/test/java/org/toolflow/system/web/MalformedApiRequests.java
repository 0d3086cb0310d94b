package org.toolflow.system.web;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The malformed requests for every endpoint of {@code /api}, read from the controllers as they are mapped: a new
 * endpoint or parameter gets its rows without a change here.
 */
final class MalformedApiRequests {

  /** What a row's answer must be: 400 naming {@code field}, any 4xx, or anything but a 5xx. */
  enum Expect { BAD_REQUEST, CLIENT_ERROR, NO_SERVER_ERROR }

  /** One malformed request; {@code field} is what a 400 must name (null: any field). */
  record Row(String method, String path, String query, String body, Expect expect, String field) {

    String target() {
      return path + (query == null ? "" : "?" + query);
    }

    @Override
    public String toString() {
      return method + " " + target() + (body == null ? "" : " body " + abbreviated(body));
    }
  }

  private static final String OUT_OF_RANGE = "99999999999999999999";
  private static final List<String> BODIES = List.of("{}", "[]", "[1]", "42", "\"text\"", "[{\"x\":[1,{}]}]", "{\"x\":{\"y\":[]}}");

  private MalformedApiRequests() {
  }

  static List<Row> of(RequestMappingHandlerMapping mappings) {
    List<Row> rows = new ArrayList<>();
    mappings.getHandlerMethods().forEach((info, handler) -> {
      if (handler.getBeanType().getPackageName().startsWith("org.toolflow")) {
        info.getPatternValues().stream().filter(p -> p.startsWith("/api/")).forEach(p -> rows.addAll(rows(info, handler, p)));
      }
    });
    return rows;
  }

  private static List<Row> rows(RequestMappingInfo info, HandlerMethod handler, String pattern) {
    String method = method(info);
    String path = pattern.replaceAll("\\{([^}/]+)}", "no-such-$1");
    List<Row> rows = new ArrayList<>();
    // No endpoint of /api answers PATCH: the wrong method is refused, not failed.
    rows.add(new Row("PATCH", path, null, null, Expect.CLIENT_ERROR, null));
    for (MethodParameter parameter : handler.getMethodParameters()) {
      parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
      RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
      if (param != null) {
        rows.addAll(paramRows(method, path, name(param, parameter), parameter.getParameterType(),
            param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue())));
      }
      if (parameter.hasParameterAnnotation(RequestBody.class)) {
        BODIES.forEach(body -> rows.add(new Row(method, path, null, body, Expect.CLIENT_ERROR, null)));
        rows.add(new Row(method, path, null, "{not json", Expect.BAD_REQUEST, WrongInput.BODY));
        rows.add(new Row(method, path, null, null, Expect.CLIENT_ERROR, null));
      }
    }
    return rows;
  }

  private static List<Row> paramRows(String method, String path, String name, Class<?> type, boolean required) {
    List<Row> rows = new ArrayList<>();
    List<String> wrong = wrongValues(type);
    wrong.forEach(value -> rows.add(new Row(method, path, name + "=" + value, null, Expect.BAD_REQUEST, name)));
    if (wrong.isEmpty()) {
      // Free text: whatever it holds, the endpoint answers, and a refusal names the parameter.
      for (String value : List.of("x", "-1", "2026-13-45", "%25%00", "x".repeat(3000))) {
        rows.add(new Row(method, path, name + "=" + value, null, Expect.NO_SERVER_ERROR, name));
      }
    } else {
      // In the type's range but hardly in the endpoint's: an answer or a refusal naming the parameter.
      for (String value : List.of("-1", "0", "", String.valueOf(Integer.MAX_VALUE))) {
        if (isNumber(type)) {
          rows.add(new Row(method, path, name + "=" + value, null, Expect.NO_SERVER_ERROR, name));
        }
      }
    }
    if (required) {
      rows.add(new Row(method, path, null, null, Expect.BAD_REQUEST, name));
    }
    return rows;
  }

  private static List<String> wrongValues(Class<?> type) {
    if (isNumber(type)) {
      return List.of("abc", "1.5", OUT_OF_RANGE, "-" + OUT_OF_RANGE);
    }
    if (type == boolean.class || type == Boolean.class) {
      return List.of("maybe", "2");
    }
    if (Temporal.class.isAssignableFrom(type) || Date.class.isAssignableFrom(type)) {
      return List.of("not-a-date", "2026-13-45");
    }
    if (type.isEnum()) {
      return List.of("NO_SUCH_VALUE");
    }
    return List.of();
  }

  private static boolean isNumber(Class<?> type) {
    return Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class && type != char.class);
  }

  private static String name(RequestParam param, MethodParameter parameter) {
    if (!param.name().isEmpty()) {
      return param.name();
    }
    return !param.value().isEmpty() ? param.value() : parameter.getParameterName();
  }

  private static String method(RequestMappingInfo info) {
    return info.getMethodsCondition().getMethods().stream().findFirst().map(RequestMethod::name).orElse("GET");
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
