package org.toolflow.system.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ServerTimeZoneTest {

  private TimeZone before;

  @BeforeEach
  void rememberTheZone() {
    before = TimeZone.getDefault();
  }

  @AfterEach
  void restoreTheZone() {
    TimeZone.setDefault(before);
  }

  @Test
  void toolFlowRunsInTheConfiguredZoneWhateverTheMachinesZone() {
    TimeZone.setDefault(TimeZone.getTimeZone("America/Adak"));

    new ServerTimeZone().postProcessEnvironment(
        new MockEnvironment().withProperty(ServerTimeZone.PROPERTY, "Europe/Amsterdam"), new SpringApplication());

    assertThat(TimeZone.getDefault().getID()).isEqualTo("Europe/Amsterdam");
  }

  @Test
  void withoutASettingItRunsInUtc() {
    TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));

    new ServerTimeZone().postProcessEnvironment(new MockEnvironment(), new SpringApplication());

    assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");
  }

  @Test
  void aZoneThatDoesNotExistIsRefusedNamingTheSetting() {
    MockEnvironment environment = new MockEnvironment().withProperty(ServerTimeZone.PROPERTY, "Europe/Atlantis");

    assertThatThrownBy(() -> new ServerTimeZone().postProcessEnvironment(environment, new SpringApplication()))
        .hasMessage("toolflow.time-zone must be a time zone id such as UTC or Europe/Amsterdam (got 'Europe/Atlantis')");
  }
}
