package org.toolflow.incident;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.toolflow.EngineTestCase;
import org.toolflow.tools.QualityOfSupport;

/**
 * What every incident-family process test starts from: the engine, its own ACTIVE tools, the incident and problem
 * records, and the REST API.
 */
public abstract class IncidentTestCase extends EngineTestCase {

  @Autowired
  protected TestRestTemplate rest;
  @Autowired
  protected IncidentRecords incidents;
  @Autowired
  protected ProblemRecords problems;

  /** The tools the class's tests use, each with its quality of support; registered before each test unless already there. */
  protected abstract Map<String, QualityOfSupport> activeTools();

  @BeforeEach
  protected void registerActiveTools() {
    activeTools().forEach((key, qualityOfSupport) -> IncidentTestSupport.activeTool(registry, key, qualityOfSupport));
  }
}
