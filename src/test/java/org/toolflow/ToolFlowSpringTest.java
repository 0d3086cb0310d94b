package org.toolflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context every integration test shares: same annotations, same cached context.
 * Process coverage is collected for all of them into target/process-test-coverage/.
 * Tagged {@code spring}: the build runs them on H2, then again on PostgreSQL ({@link TestProfiles}).
 * Metrics are exported as in production, so {@code /actuator/prometheus} is served to the tests too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("spring")
@AutoConfigureObservability(tracing = false)
@Import(ProcessEngineCoverageConfiguration.class)
public @interface ToolFlowSpringTest {
}
