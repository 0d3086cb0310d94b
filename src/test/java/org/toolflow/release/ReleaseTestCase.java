package org.toolflow.release;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.EngineTestCase;
import org.toolflow.TestClock;
import org.toolflow.TestRest;

/** What every release test starts from: the engine clock on a known day, its own fixtures, and a driver. */
abstract class ReleaseTestCase extends EngineTestCase {

  /** Monday 2 March 2026, the day before an OMB meeting (first Tuesday of the month: 3 March, 7 April, 5 May). */
  static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

  @Autowired
  ReleaseRecords records;

  ReleaseFixtures fixtures;
  ReleaseDriver driver;

  @BeforeEach
  void newReleaseFixtures() {
    TestClock.freezeAt(clockStandsAt());
    fixtures = new ReleaseFixtures(registry, identityService, accessPolicy);
    driver = new ReleaseDriver(identityService, runtimeService, taskService, journal, fixtures);
  }

  /** Where the engine clock stands while a test of the class runs, until the test moves it. */
  Instant clockStandsAt() {
    return MONDAY;
  }

  /** Sends the request as the fixtures' user, with the fixtures' password. */
  HttpResponse<String> send(String method, String path, String userId, Object body) {
    return new TestRest(port).send(method, path, userId, ReleaseFixtures.PASSWORD, body);
  }
}
