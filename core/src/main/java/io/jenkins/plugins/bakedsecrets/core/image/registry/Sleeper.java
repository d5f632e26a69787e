package io.jenkins.plugins.bakedsecrets.core.image.registry;

import java.time.Duration;

/** Waits between retries; tests substitute one that records the delays instead of waiting. */
@FunctionalInterface
interface Sleeper {
    /** The real clock. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
