package org.toolflow.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives the webapps in headless Chromium: tagged {@code browser} (run them alone with
 * {@code -Dgroups=browser}, leave them out with {@code -DexcludedGroups=browser}) and skipped, with a message,
 * where Chromium is not installed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(ChromiumAvailable.class)
@interface BrowserTest {
}
