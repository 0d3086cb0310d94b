package org.toolflow.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;

class WrongInputTest {

  enum Colour { RED, GREEN }

  @Test
  void aParameterIsRefusedWithWhatItsTypeAllowsInWordsAndTheValueSent() {
    assertThat(WrongInput.parameter("max", int.class, "abc"))
        .isEqualTo(new FieldProblem("max", "must be a whole number from -2147483648 to 2147483647 (got 'abc')"));
    assertThat(WrongInput.parameter("day", LocalDate.class, "2026-13-45").message()).startsWith("must be a date as yyyy-MM-dd");
    assertThat(WrongInput.parameter("colour", Colour.class, "BLUE").message()).startsWith("must be one of RED, GREEN");
    assertThat(WrongInput.parameter("flag", Boolean.class, "x".repeat(100)).message()).startsWith("must be true or false")
        .hasSizeLessThan(100);
  }

  @Test
  void aBodyIsRefusedAtThePlaceItsJsonWentWrongOrAsAWhole() {
    Throwable wrongItem = catchThrowable(() -> new ObjectMapper().readValue("[1]",
        new TypeReference<List<Map<String, Object>>>() { }));
    Throwable notJson = catchThrowable(() -> new ObjectMapper().readTree("{not json"));

    assertThat(WrongInput.body(unreadable(wrongItem), null)).isEqualTo(new FieldProblem("[0]", "must be a JSON object"));
    assertThat(WrongInput.body(unreadable(notJson), null).field()).isEqualTo(WrongInput.BODY);
    assertThat(WrongInput.body(new HttpMessageNotReadableException("Required request body is missing: x",
        new MockHttpInputMessage(new byte[0])), null).message()).startsWith("is required");
  }

  private static HttpMessageNotReadableException unreadable(Throwable cause) {
    return new HttpMessageNotReadableException("JSON parse error", cause, new MockHttpInputMessage(new byte[0]));
  }
}
