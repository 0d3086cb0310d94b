package org.toolflow.system.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/** The engine that parses once answers exactly as Camunda's own FEEL engine, failures included. */
class ParsedOnceFeelEngineTest {

  private final FeelEngine stock = new ScalaFeelEngine(List.of());
  private final ParsedOnceFeelEngine parsedOnce = new ParsedOnceFeelEngine(List.of());

  @Test
  void unaryTestsMatchAndFailAsTheStockEngineDoes() {
    List<String> tests = List.of("\"change-request\"", "\"a\",\"b\"", "not(\"a\")", "[1..5]", "< 10", "-",
        ">= date(\"2026-12-07\")", "? > limit", "\"unclosed", "[1..", "unknown > 3",
        "\"A\"", "\"\"", "\"a\\\"b\"", "\"a\\\\b\"");
    List<Object> inputs = List.of("change-request", "a", "b", 3, 12, LocalDate.of(2026, 12, 7), "x", "A", "",
        "a\"b", "a\\b");
    for (String test : tests) {
      for (Object input : inputs) {
        VariableContext context = Variables.createVariables().putValue("cellInput", input).putValue("limit", 2)
            .asVariableContext();
        for (int time = 0; time < 2; time++) {
          assertSameAnswer(test + " with " + input,
              () -> stock.evaluateSimpleUnaryTests(test, "cellInput", context),
              () -> parsedOnce.evaluateSimpleUnaryTests(test, "cellInput", context));
        }
      }
    }
  }

  @Test
  void expressionsMatchAndFailAsTheStockEngineDoes() {
    List<String> expressions = List.of("10", "0", "007", "123456789012345678", "\"text\"", "x + 1",
        "date(\"2026-12-07\") + duration(\"P1D\")", "[1, 2, 3]", "if x > 3 then \"big\" else \"small\"", "x +",
        "missing * 2", "{a: x}.a", "x", "missing", "null", "true", "not", "-3", "1.5");
    List<Object> values = new java.util.ArrayList<>(List.of(1, 7, "change-request", "", "a\"b", 2.5, true));
    values.add(null);
    for (String expression : expressions) {
      for (Object x : values) {
        VariableContext context = Variables.createVariables().putValue("x", x).asVariableContext();
        for (int time = 0; time < 2; time++) {
          assertSameAnswer(expression + " with x=" + x,
              () -> stock.evaluateSimpleExpression(expression, context),
              () -> parsedOnce.evaluateSimpleExpression(expression, context));
        }
      }
    }
  }

  @Test
  void eachExpressionIsParsedOnce() {
    VariableContext context = Variables.createVariables().putValue("cellInput", 3).asVariableContext();
    parsedOnce.evaluateSimpleUnaryTests("< 10", "cellInput", context);
    parsedOnce.evaluateSimpleUnaryTests("< 10", "cellInput", context);
    parsedOnce.evaluateSimpleExpression("1 + 1", context);
    parsedOnce.evaluateSimpleExpression("1 + 1", context);

    assertThat(parsedOnce.parsedExpressions()).isEqualTo(2);
  }

  private static void assertSameAnswer(String what, Supplier<Object> expected, Supplier<Object> actual) {
    Throwable expectedFailure = catchThrowable(expected::get);
    Throwable actualFailure = catchThrowable(actual::get);
    if (expectedFailure != null) {
      assertThat(actualFailure).as(what).isNotNull().hasMessage(expectedFailure.getMessage())
          .isInstanceOf(expectedFailure.getClass());
    } else {
      assertThat(actualFailure).as(what).isNull();
      assertThat(actual.get()).as(what).isEqualTo(expected.get());
    }
  }
}
