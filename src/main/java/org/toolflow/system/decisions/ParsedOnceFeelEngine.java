package org.toolflow.system.decisions;

import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Camunda's FEEL engine, parsing each expression of a decision once instead of at every evaluation: the same
 * expression text always parses to the same tree, and parsing took most of the time of a small table's evaluation.
 * Evaluation, its context and its failures are the stock engine's; an expression that does not parse or evaluate is
 * handed to the stock engine, so its error is worded exactly as before. The commonest input entry of all, a plain
 * string literal such as {@code "change-request"} tested against a string, is compared directly, as FEEL compares
 * them: building the evaluation context of every FEEL call costs far more than the comparison. So are the commonest
 * simple expressions, a whole number (an output entry) and a bare name holding a string (an input expression).
 */
class ParsedOnceFeelEngine extends ScalaFeelEngine {

  // Expressions come from deployed decisions; a bound keeps years of redeployments from growing it without end.
  static final int MOST_EXPRESSIONS = 10_000;
  // Quotes around anything but quotes and backslashes: no escapes, so the text between them is the string.
  private static final Pattern PLAIN_STRING = Pattern.compile("\"[^\"\\\\]*\"");
  // A whole number without sign, or a bare name: most simple expressions of a table (its input expressions and
  // output entries) are one of the two.
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,18}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  // Names that are FEEL's own words, never variables.
  private static final Set<String> FEEL_WORDS = Set.of("null", "true", "false", "not", "and", "or", "if", "then",
      "else", "for", "in", "return", "some", "every", "satisfies", "instance", "of", "between", "function",
      "external");

  private final Map<String, Either<Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();
  private final Map<String, Either<Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();

  ParsedOnceFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
    super(functionProviders);
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
    TypedValue given = variableContext.resolve(inputVariable);
    if (given != null && given.getValue() instanceof String text && PLAIN_STRING.matcher(expression).matches()) {
      return text.equals(expression.substring(1, expression.length() - 1));
    }
    Either<Failure, ParsedExpression> parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
    if (parsed.isLeft()) {
      return super.evaluateSimpleUnaryTests(expression, inputVariable, variableContext);
    }
    VariableProvider input = new VariableProvider.StaticVariableProvider(
        new camundajar.impl.scala.collection.immutable.Map.Map1<>(INPUT_VARIABLE_NAME, inputVariable));
    VariableProvider variables = new ContextVariableWrapper(variableContext);
    Either<Failure, Object> result = feelEngine.eval(parsed.toOption().get(), new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return new VariableProvider.CompositeVariableProvider(toScalaList(input, variables));
      }
    });
    if (result.isLeft()) {
      return super.evaluateSimpleUnaryTests(expression, inputVariable, variableContext);
    }
    return BoxesRunTime.unboxToBoolean(result.toOption().get());
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
    // FEEL answers a whole number with a long, and a name with its value; strings and nothing are passed unchanged.
    if (WHOLE_NUMBER.matcher(expression).matches()) {
      return (T) Long.valueOf(expression);
    }
    if (NAME.matcher(expression).matches() && !FEEL_WORDS.contains(expression)
        && variableContext.containsVariable(expression)) {
      TypedValue value = variableContext.resolve(expression);
      if (value != null && (value.getValue() == null || value.getValue() instanceof String)) {
        return (T) value.getValue();
      }
    }
    Either<Failure, ParsedExpression> parsed = parsed(expressions, expression, feelEngine::parseExpression);
    if (parsed.isLeft()) {
      return super.evaluateSimpleExpression(expression, variableContext);
    }
    Either<Failure, Object> result = feelEngine.eval(parsed.toOption().get(), new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return new ContextVariableWrapper(variableContext);
      }
    });
    if (result.isLeft()) {
      return super.evaluateSimpleExpression(expression, variableContext);
    }
    return (T) result.toOption().get();
  }

  int parsedExpressions() {
    return unaryTests.size() + expressions.size();
  }

  private static Either<Failure, ParsedExpression> parsed(Map<String, Either<Failure, ParsedExpression>> cache,
      String expression, Function<String, Either<Failure, ParsedExpression>> parse) {
    if (cache.size() >= MOST_EXPRESSIONS) {
      cache.clear();
    }
    return cache.computeIfAbsent(expression, parse);
  }
}
