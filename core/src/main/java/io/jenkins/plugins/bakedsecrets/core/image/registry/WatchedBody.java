package io.jenkins.plugins.bakedsecrets.core.image.registry;

import io.jenkins.plugins.bakedsecrets.core.image.ReadThroughInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;

/**
 * A response body that fails with a {@link RegistryException} naming the host and the request when no byte arrives
 * for the idle timeout or the request's deadline passes. Reads only record progress; a check scheduled on the
 * {@link Watchdog} decides, and closes the body to unblock a reader that waits.
 */
final class WatchedBody extends ReadThroughInputStream {
    private final InputStream in;
    private final HttpGet request;
    private final Duration idle;
    private final Deadline deadline;
    private final Watchdog watchdog;
    private volatile long lastProgress = System.nanoTime();
    private volatile String timedOut;
    private volatile boolean done;
    private ScheduledFuture<?> check;

    WatchedBody(InputStream body, HttpGet request, Duration idle, Deadline deadline, Watchdog watchdog) {
        this.in = body;
        this.request = request;
        this.idle = idle;
        this.deadline = deadline;
        this.watchdog = watchdog;
    }

    void start() {
        schedule(deadline.cap(idle));
    }

    private synchronized void schedule(Duration delay) {
        if (!done) {
            try {
                check = watchdog.schedule(this::check, delay);
            } catch (RejectedExecutionException e) {
                // The client was closed: nobody will read this body any more.
                done = true;
            }
        }
    }

    private void check() {
        if (done) {
            return;
        }
        Duration quiet = Duration.ofNanos(System.nanoTime() - lastProgress);
        if (deadline.passed()) {
            expire("registry " + request.host() + " did not finish sending " + request.uri().getPath()
                    + " within " + RegistryTimeouts.format(deadline.total()));
        } else if (quiet.compareTo(idle) >= 0) {
            expire("registry " + request.host() + " stopped sending " + request.uri().getPath() + ": no data for "
                    + RegistryTimeouts.format(idle));
        } else {
            schedule(deadline.cap(idle.minus(quiet)));
        }
    }

    private void expire(String message) {
        timedOut = message;
        try {
            in.close();
        } catch (IOException e) {
            // Closing only serves to wake the reader, which reports the timeout itself.
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        failIfTimedOut();
        int n;
        try {
            n = in.read(b, off, len);
        } catch (IOException e) {
            failIfTimedOut();
            throw e;
        }
        if (n > 0) {
            lastProgress = System.nanoTime();
        } else if (n < 0) {
            stop();
        }
        return n;
    }

    private void failIfTimedOut() {
        String message = timedOut;
        if (message != null) {
            throw new RegistryException(message);
        }
    }

    private synchronized void stop() {
        done = true;
        if (check != null) {
            check.cancel(false);
        }
    }

    @Override
    public void close() throws IOException {
        stop();
        in.close();
    }
}
