package io.jenkins.plugins.bakedsecrets.core.image.registry;

import java.time.Duration;

/**
 * The moment one registry request must be over. One deadline covers everything the request needs (retries,
 * redirects, the token exchange, headers and the whole body), so that no sequence of slow answers can add up.
 */
final class Deadline {
    private final Duration total;
    private final long endNanos;

    private Deadline(Duration total, long endNanos) {
        this.total = total;
        this.endNanos = endNanos;
    }

    /** A deadline {@code total} from now. */
    static Deadline after(Duration total) {
        return new Deadline(total, System.nanoTime() + total.toNanos());
    }

    /** The time the request was given. */
    Duration total() {
        return total;
    }

    /** Time left; zero or negative once passed. */
    Duration remaining() {
        return Duration.ofNanos(endNanos - System.nanoTime());
    }

    /** Whether the deadline has passed. */
    boolean passed() {
        return endNanos - System.nanoTime() <= 0;
    }

    /** The shorter of {@code wait} and the time left, at least one millisecond (the HTTP client's minimum). */
    Duration cap(Duration wait) {
        Duration left = remaining();
        Duration shorter = left.compareTo(wait) < 0 ? left : wait;
        return shorter.toMillis() < 1 ? Duration.ofMillis(1) : shorter;
    }
}
