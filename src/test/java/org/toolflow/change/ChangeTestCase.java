package org.toolflow.change;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.toolflow.EngineTestCase;
import org.toolflow.TestRest;

/** What every change test starts from: its own fixtures, acting as people, and ToolFlow's REST API as one of them. */
abstract class ChangeTestCase extends EngineTestCase {

  @Autowired
  StandardChanges standardChanges;
  @Autowired
  ChangeRecords records;

  ChangeFixtures fixtures;
  ChangeTestSupport support;

  @BeforeEach
  void newChangeFixtures() {
    fixtures = new ChangeFixtures(registry, identityService, standardChanges);
    support = new ChangeTestSupport(identityService, runtimeService, taskService, journal);
  }

  /** Sends the request as the fixtures' user, with the fixtures' password. */
  HttpResponse<String> send(String method, String path, String user, Object body) {
    return new TestRest(port).send(method, path, user, ChangeFixtures.PASSWORD, body);
  }
}
