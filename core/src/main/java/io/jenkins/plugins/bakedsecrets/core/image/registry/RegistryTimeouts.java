package io.jenkins.plugins.bakedsecrets.core.image.registry;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a registry may keep the scanner waiting. A silent server is caught by {@code idle}, a server that trickles
 * one byte now and then by {@code deadline}, and a server that keeps asking to be retried later by both the deadline
 * and {@code maxRetryAfter}.
 *
 * @param idle longest wait for a connection, for response headers or for the next bytes of a body
 * @param deadline longest time one request may take: its retries, redirects, token exchange, headers and body
 * @param maxRetryAfter longest pause a {@code Retry-After} header may impose before a retry
 */
public record RegistryTimeouts(Duration idle, Duration deadline, Duration maxRetryAfter) {
    /** Default idle timeout: 30 seconds. */
    public static final Duration DEFAULT_IDLE = Duration.ofSeconds(30);
    /** Default deadline per request: 10 minutes, enough for a layer of a few GiB on a modest link. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(10);
    /** Default cap on {@code Retry-After}: 10 seconds, so three requests to wait a minute cost 30 seconds. */
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(10);
    /** The defaults. */
    public static final RegistryTimeouts DEFAULT = new RegistryTimeouts(DEFAULT_IDLE, DEFAULT_DEADLINE,
            DEFAULT_MAX_RETRY_AFTER);

    /** Validates components. */
    public RegistryTimeouts {
        requirePositive(idle, "idle");
        requirePositive(deadline, "deadline");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("maxRetryAfter must not be negative");
        }
    }

    /** These timeouts with another idle timeout and deadline, keeping the {@code Retry-After} cap. */
    public RegistryTimeouts with(Duration newIdle, Duration newDeadline) {
        return new RegistryTimeouts(newIdle, newDeadline, maxRetryAfter);
    }

    /** A duration as people write it in messages: {@code 500ms}, {@code 30s}, {@code 1.5s}, {@code 10m}. */
    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + "ms";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        return millis % 1000 == 0 ? millis / 1000 + "s" : String.format(java.util.Locale.ROOT, "%.1fs", millis / 1000.0);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
