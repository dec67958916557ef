package io.github.narrator.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that runs in {@code mvn verify} (Failsafe), not in {@code mvn test}: the fault suite, whole
 * pipelines, the broker, the browser, the packaged jar; anything that takes more than about ten seconds.
 * {@code mvn test} stays a few minutes of unit tests; {@code mvn verify} runs both.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(Slow.TAG)
public @interface Slow {

    /** The JUnit tag the pom's Surefire excludes and Failsafe includes. */
    String TAG = "slow";
}
