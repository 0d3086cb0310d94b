package org.toolflow.system.cluster;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.toolflow.TestProfiles;

/** Runs in the PostgreSQL run of the build only (tag {@code postgres}); on H2 it is reported as skipped. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@EnabledIfSystemProperty(named = TestProfiles.DATABASE_PROPERTY, matches = "postgres",
    disabledReason = "needs the embedded PostgreSQL of the PostgreSQL run")
@interface PostgresOnlyTest {
}
