package io.jenkins.plugins.bakedsecrets.core.image.registry;

import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Watches response bodies of one client. The JDK HTTP client has no read timeout for a body, so a server that sends
 * headers and then falls silent would block a reader for ever; the watchdog closes such a body, which makes the
 * blocked read fail at once.
 */
final class Watchdog implements AutoCloseable {
    private final ScheduledThreadPoolExecutor timer;

    Watchdog() {
        timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "baked-secrets-registry-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** The body, failing once it stalls longer than {@code idle} or outlives {@code deadline}. */
    InputStream watch(InputStream body, HttpGet request, Duration idle, Deadline deadline) {
        WatchedBody watched = new WatchedBody(body, request, idle, deadline, this);
        watched.start();
        return watched;
    }

    /** Runs {@code check} after {@code delay}. */
    ScheduledFuture<?> schedule(Runnable check, Duration delay) {
        return timer.schedule(check, Math.max(1, delay.toMillis()), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
